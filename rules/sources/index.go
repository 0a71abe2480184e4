package sources

import (
	"hash/maphash"
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
type Index struct {
	Sources []*Source // sorted by path
	seed    maphash.Seed
	posts   map[uint64][]posting
	// speakers: see Speakers
	speakers map[string]bool
}

type posting struct{ src, pos int32 }

// NewIndex indexes srcs (sorted by path, for a deterministic choice among
// equal matches).
func NewIndex(srcs []*Source) *Index {
	srcs = slices.Clone(srcs)
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Path < srcs[j].Path })
	ix := &Index{Sources: srcs, seed: maphash.MakeSeed(), posts: map[uint64][]posting{}, speakers: map[string]bool{}}
	for si, s := range srcs {
		for _, t := range s.Turns {
			if Named(t.Speaker) {
				for _, w := range Words(t.Speaker) {
					ix.speakers[w.Key] = true
				}
			}
		}
		keys, at := speech(s.Words)
		for i := 0; i+shingleSize <= len(keys); i++ {
			h := ix.hash(keys[i : i+shingleSize])
			ix.posts[h] = append(ix.posts[h], posting{int32(si), int32(at[i])})
		}
	}
	return ix
}

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

// speech is the keys of ws without fillers, and the index in ws of each:
// shingles skip an "uh" so that a quotation without it still matches.
func speech(ws []Word) ([]string, []int) {
	keys := make([]string, 0, len(ws))
	at := make([]int, 0, len(ws))
	for i, w := range ws {
		if !fillers[w.Key] {
			keys = append(keys, w.Key)
			at = append(at, i)
		}
	}
	return keys, at
}

func (ix *Index) hash(keys []string) uint64 {
	var h maphash.Hash
	h.SetSeed(ix.seed)
	for _, k := range keys {
		h.WriteString(k)
		h.WriteByte(0)
	}
	return h.Sum64()
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
		for i := 0; i+shingleSize <= len(seg); i++ {
			if ps := ix.posts[ix.hash(seg[i:i+shingleSize])]; len(ps) > 0 && len(ps) <= maxPostings {
				sh = append(sh, shingle{ps, n + i})
			}
		}
		n += len(seg)
	}
	sort.SliceStable(sh, func(i, j int) bool { return len(sh[i].ps) < len(sh[j].ps) })
	bySrc := map[int32][]hit{}
	total := 0
	for _, x := range sh {
		if total+len(x.ps) > maxHits {
			break
		}
		total += len(x.ps)
		for _, p := range x.ps {
			bySrc[p.src] = append(bySrc[p.src], hit{int(p.pos), x.q})
		}
	}
	var best Match
	bestNamed := false
	srcs := make([]int32, 0, len(bySrc))
	for si := range bySrc {
		srcs = append(srcs, si)
	}
	slices.Sort(srcs)
	for _, si := range srcs {
		s := ix.Sources[si]
		m := densest(s, bySrc[si], n)
		named := Named(s.SpeakerAt(m.From))
		// equal matches: the one whose speaker is labelled (a debate's full
		// transcript over its one-speaker copy), then the first by path
		if m.Shingles > best.Shingles || m.Shingles == best.Shingles && named && !bestNamed {
			best, bestNamed = m, named
		}
	}
	return best, best.Shingles > 0
}

// densest finds the stretch of source s, no longer than the quotation allows
// (its n words, twice over, plus room for what an ellipsis leaves out),
// holding the most distinct shingles of the quotation.
func densest(s *Source, hits []hit, n int) Match {
	sort.Slice(hits, func(i, j int) bool {
		return hits[i].pos < hits[j].pos || hits[i].pos == hits[j].pos && hits[i].q < hits[j].q
	})
	width := 2*n + 40
	// a window sliding over the hits in order of position, counting the
	// quotation's shingles it holds: linear in the hits
	count := make([]int, n)
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
	to := min(len(s.Words), max(hi, last.pos+shingleSize)+(n-last.q-shingleSize)+2)
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
