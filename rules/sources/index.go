package sources

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/copydesk/copydesk/rules/article"
)

// shingleSize is how many words a shingle holds: three words in a row are
// rare enough to place a quotation among thousands of transcripts, and
// short enough that a quotation of five words with one changed still has a
// shingle of the record's words (when the change is at an end).
const shingleSize = 3

// maxPostings: a shingle found more often than this ("i want to", "and
// we're going") says nothing of where a quotation is and is skipped.
const maxPostings = 4000

// maxHits bounds the shingle hits one quotation looks at.
const maxHits = 10_000

// Index finds the passage of the record that a quotation comes from. It is
// built once per run, from every source, and only read after: rules on
// many articles at once may share it.
//
// It is made to hold a thousand transcripts at little cost: each word is
// stored once, as the id of its key (ids), the sources one after another,
// and the shingles as a table of their positions grouped by a hash of
// their ids (buckets and posts, as a compressed sparse row: the positions
// of bucket b are posts[buckets[b]:buckets[b+1]]), checked against ids on
// look-up, so that a hash shared by two shingles never matches the wrong
// one. No word is kept as a string but once in the vocabulary.
type Index struct {
	Sources []*Source // sorted by path
	vocab   map[string]uint32
	ids     []uint32 // every source's words, as vocabulary ids
	first   []int    // Sources[i]'s words are ids[first[i]:first[i+1]]
	buckets []uint32
	posts   []uint32 // positions in ids of the shingles' first words
	shift   uint     // a shingle's hash >> shift is its bucket
	// speakers: see Speakers
	speakers map[string]bool
}

// The fillers have the first ids, so that a word is a filler when its id
// is below numFillers.
var fillerKeys = []string{"ah", "er", "erm", "uh", "uhm", "um"}

const numFillers = 6

// builder reads sources into an index.
type builder struct {
	ix       *Index
	kb       keyBuf
	shingles int // how many shingles the sources added hold
}

func newBuilder() *builder {
	ix := &Index{vocab: map[string]uint32{}, speakers: map[string]bool{}, first: []int{0}}
	for _, k := range fillerKeys {
		ix.intern(k)
	}
	return &builder{ix: ix}
}

func (ix *Index) intern(k string) uint32 {
	id, ok := ix.vocab[k]
	if !ok {
		id = uint32(len(ix.vocab))
		ix.vocab[k] = id
	}
	return id
}

// add reads a source's file into the index (in order of path).
func (b *builder) add(path string, data []byte) error {
	ix := b.ix
	speech := 0 // words not fillers
	s, err := read(path, data, func(w string, _, _ int) {
		k := b.kb.key(w)
		id, ok := ix.vocab[string(k)] // (no copy of k is made to look it up)
		if !ok {
			id = ix.intern(string(k))
		}
		if id >= numFillers {
			speech++
		}
		ix.ids = append(ix.ids, id)
	})
	if err != nil {
		ix.ids = ix.ids[:ix.first[len(ix.first)-1]]
		return err
	}
	if len(ix.ids) > math.MaxUint32 {
		return fmt.Errorf("the sources hold more than %d words, more than an index can", uint32(math.MaxUint32))
	}
	ix.Sources = append(ix.Sources, s)
	ix.first = append(ix.first, len(ix.ids))
	b.shingles += max(0, speech-shingleSize+1)
	for _, t := range s.Turns {
		if t.named {
			for _, w := range Words(t.Speaker) {
				ix.speakers[w.Key] = true
			}
		}
	}
	return nil
}

// NewIndex indexes srcs (sorted by path, for a deterministic choice among
// equal matches).
func NewIndex(srcs []*Source) *Index {
	srcs = slices.Clone(srcs)
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Path < srcs[j].Path })
	b := newBuilder()
	for _, s := range srcs {
		if err := b.add(s.Path, s.Text); err != nil {
			panic(fmt.Sprintf("source %s: read once, refused on a second reading: %v", s.Path, err))
		}
		// keep the caller's Source (and any words it has made)
		b.ix.Sources[len(b.ix.Sources)-1] = s
	}
	return b.finish()
}

// finish makes the shingle table: one pass counts the shingles of each
// bucket, a second places their positions, in order of position. A bucket
// holds four to eight shingles: a small table of counts (a few MiB for a
// thousand transcripts) is cheap to fill, and a look-up checks a few
// positions more.
func (b *builder) finish() *Index {
	ix := b.ix
	n := b.shingles
	bits := uint(1)
	for 1<<bits < n/8 {
		bits++
	}
	ix.shift = 64 - bits
	// buckets[b+1] counts bucket b's shingles, then, summed, buckets[b] is
	// where bucket b starts
	ix.buckets = make([]uint32, 1<<bits+1)
	ix.eachShingle(func(h uint64, _ uint32) { ix.buckets[h>>ix.shift+1]++ })
	for i := 1; i < len(ix.buckets); i++ {
		ix.buckets[i] += ix.buckets[i-1]
	}
	// place each bucket's shingles from its start on; its start moves on
	// to the next bucket's, and is moved back after
	ix.posts = make([]uint32, n)
	ix.eachShingle(func(h uint64, pos uint32) {
		b := h >> ix.shift
		ix.posts[ix.buckets[b]] = pos
		ix.buckets[b]++
	})
	copy(ix.buckets[1:], ix.buckets[:len(ix.buckets)-1])
	ix.buckets[0] = 0
	return ix
}

// eachShingle calls f with the hash and position of every shingle of
// every source: shingleSize words in a row, fillers skipped (so that a
// quotation without the "uh" still matches), never across two sources.
func (ix *Index) eachShingle(f func(h uint64, pos uint32)) {
	for si := range ix.Sources {
		ids := ix.ids[ix.first[si]:ix.first[si+1]]
		base := uint32(ix.first[si])
		// a, b, c: the positions of the last three words, not fillers
		a, b, have := 0, 0, 0
		for c, id := range ids {
			if id < numFillers {
				continue
			}
			if have++; have >= shingleSize {
				f(shingleHash(ids[a], ids[b], id), base+uint32(a))
			}
			a, b = b, c
		}
	}
}

// shingleHash mixes three word ids into 64 bits (the high bits pick the
// bucket).
func shingleHash(a, b, c uint32) uint64 {
	h := uint64(a)*0x9e3779b97f4a7c15 ^ uint64(b)
	h *= 0xbf58476d1ce4e5b9
	h ^= uint64(c) + h>>29
	h *= 0x94d049bb133111eb
	return h ^ h>>32
}

// postings are the places (source, word of the source) of the shingle of
// words keys, in order of place; none when there are more than maxPostings.
func (ix *Index) postings(keys []string) []posting {
	var id [shingleSize]uint32
	for i, k := range keys {
		var ok bool
		if id[i], ok = ix.vocab[k]; !ok {
			return nil
		}
	}
	b := shingleHash(id[0], id[1], id[2]) >> ix.shift
	bucket := ix.posts[ix.buckets[b]:ix.buckets[b+1]]
	n := 0
	for _, p := range bucket {
		if ix.shingleAt(int(p)) == id {
			n++
		}
	}
	if n > maxPostings {
		return nil
	}
	out := make([]posting, 0, n)
	for _, p := range bucket {
		if ix.shingleAt(int(p)) == id {
			si := sort.SearchInts(ix.first, int(p)+1) - 1
			out = append(out, posting{int32(si), int32(int(p) - ix.first[si])})
		}
	}
	return out
}

// shingleAt is the ids of the shingle indexed at position p, fillers
// skipped (all in the source of p, or it would not be indexed there).
func (ix *Index) shingleAt(p int) [shingleSize]uint32 {
	var out [shingleSize]uint32
	for i := 0; i < shingleSize; p++ {
		if ix.ids[p] >= numFillers || i == 0 {
			out[i] = ix.ids[p]
			i++
		}
	}
	return out
}

type posting struct{ src, pos int32 }

// Speakers are the words of the record's named speaker labels, lower-cased
// ("trump", "clinton", "holt"): the people the record can say did or did
// not say a passage.
func (ix *Index) Speakers() map[string]bool {
	if ix == nil {
		return nil
	}
	return ix.speakers
}

// Len is the number of sources indexed.
func (ix *Index) Len() int {
	if ix == nil {
		return 0
	}
	return len(ix.Sources)
}

// Match is the stretch of a source that a quotation best matches.
type Match struct {
	Source   *Source
	From, To int // words [From, To) of Source.Words, wide enough to align the whole quotation
	// Near is [From, To) narrowed to the record around the shingles of the
	// quotation's first and last words: the passage itself, where a wider
	// stretch (which a moved clause needs) may let a common word such as
	// "we" match a sentence before the passage.
	Near     [2]int
	Shingles int // how many of the quotation's shingles were found there
}

// hit is a shingle of the quotation (at quote word q) found at source word pos.
type hit struct{ pos, q int }

// Find returns the passage that holds most of the quotation's shingles, or
// false when none holds any. The quotation is given as its segments (the
// parts between ellipses), each a list of word keys without fillers; a
// shingle never spans an ellipsis.
func (ix *Index) Find(segments [][]string) (Match, bool) {
	if ix == nil {
		return Match{}, false
	}
	// the rarest shingles first, up to maxHits: they place a quotation
	// best, and a quotation of common phrases costs no more than that
	type shingle struct {
		ps []posting
		q  int
	}
	var sh []shingle
	n := 0
	for _, seg := range segments {
		for i := 0; i+shingleSize <= len(seg) && n+i < 1<<16; i++ {
			if ps := ix.postings(seg[i : i+shingleSize]); len(ps) > 0 {
				sh = append(sh, shingle{ps, n + i})
			}
		}
		n += len(seg)
	}
	sort.SliceStable(sh, func(i, j int) bool { return len(sh[i].ps) < len(sh[j].ps) })
	// each hit as one number, source, position and quotation word from the
	// high bits down, so that sorting them is cheap: by source, then as
	// densest reads them, by position, then by word (a source's words are
	// fewer than 1<<24, see MaxSourceSize; quotation words past 1<<16 are
	// not looked up)
	var all []uint64
	for _, x := range sh {
		if len(all)+len(x.ps) > maxHits {
			break
		}
		for _, p := range x.ps {
			all = append(all, uint64(p.src)<<40|uint64(p.pos)<<16|uint64(x.q))
		}
	}
	slices.Sort(all)
	hits := make([]hit, len(all))
	for i, h := range all {
		hits[i] = hit{int(h >> 16 & (1<<24 - 1)), int(h & (1<<16 - 1))}
	}
	var best Match
	bestNamed := false
	count := make([]int, n) // densest's, lent to each source in turn
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j]>>40 == all[i]>>40 {
			j++
		}
		s := ix.Sources[all[i]>>40]
		m := densest(s, hits[i:j], n, count)
		named := s.namedAt(m.From)
		// equal matches: the one whose speaker is labelled (a debate's full
		// transcript over its one-speaker copy), then the first by path
		if m.Shingles > best.Shingles || m.Shingles == best.Shingles && named && !bestNamed {
			best, bestNamed = m, named
		}
		i = j
	}
	return best, best.Shingles > 0
}

// densest finds the stretch of source s, no longer than the quotation allows
// (its n words, twice over, plus room for what an ellipsis leaves out),
// holding the most distinct shingles of the quotation.
//
// The hits are in order of position, then of quotation word; count has a
// zero for each word of the quotation, and is left so.
func densest(s *Source, hits []hit, n int, count []int) Match {
	width := 2*n + 40
	// a window sliding over the hits in order of position, counting the
	// quotation's shingles it holds: linear in the hits
	distinct, bestCount, bestI, bestJ := 0, 0, 0, 0
	j := 0
	for i := range hits {
		for ; j < len(hits) && hits[j].pos-hits[i].pos < width; j++ {
			if count[hits[j].q]++; count[hits[j].q] == 1 {
				distinct++
			}
		}
		if distinct > bestCount {
			bestCount, bestI, bestJ = distinct, i, j
		}
		if count[hits[i].q]--; count[hits[i].q] == 0 {
			distinct--
		}
	}
	first, last := hits[bestI], hits[bestI]
	for _, h := range hits[bestI:bestJ] {
		if h.q < first.q {
			first = h
		}
		if h.q > last.q {
			last = h
		}
	}
	lo, hi := hits[bestI].pos, hits[bestJ-1].pos+shingleSize
	// room for the quotation's words before its first shingle and after its last
	from := max(0, min(lo, first.pos)-first.q-2)
	to := min(s.Len(), max(hi, last.pos+shingleSize)+(n-last.q-shingleSize)+2)
	nearFrom, nearTo := near(hits[bestI:bestJ], n)
	nearFrom, nearTo = max(from, nearFrom), max(nearFrom, min(to, nearTo))
	return Match{Source: s, From: from, To: to, Near: [2]int{nearFrom, nearTo}, Shingles: bestCount}
}

// Articles are the sources as reference files for the engine (rules.Shared.References):
// their bytes and lines, sorted by path, so that a finding may point into them.
func (ix *Index) Articles() []*article.Article {
	if ix == nil {
		return nil
	}
	out := make([]*article.Article, len(ix.Sources))
	for i, s := range ix.Sources {
		out[i] = &article.Article{Path: s.Path, Format: article.Text, Source: s.Text, Lines: s.Lines}
	}
	return out
}

// near is the stretch of record on the main diagonal of hits: where the
// quotation's words would stand if it were copied whole, from the median
// of pos-q, keeping the hits within nearSlack words of it.
func near(hits []hit, n int) (int, int) {
	diags := make([]int, len(hits))
	for i, h := range hits {
		diags[i] = h.pos - h.q
	}
	sort.Ints(diags)
	med := diags[len(diags)/2]
	lo, hi := med, med
	for _, d := range diags {
		if d >= med-nearSlack && d <= med+nearSlack {
			lo, hi = min(lo, d), max(hi, d)
		}
	}
	return max(0, lo-2), hi + n + 2
}

// nearSlack is how far (in words) a shingle may stray from the quotation's
// main diagonal and still be of its passage: a short omission at an
// ellipsis, a word or two added.
const nearSlack = 12
