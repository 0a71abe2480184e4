package sources

import (
	"slices"
	"sort"
	"sync"
)

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
	f := finders.Get().(*finder)
	defer finders.Put(f)
	// the rarest shingles first, up to maxHits: they place a quotation
	// best, and a quotation of common phrases costs no more than that
	sh := f.shingles[:0]
	f.pos = f.pos[:0]
	n := 0
	for _, seg := range segments {
		for i := 0; i+shingleSize <= len(seg) && n+i < 1<<16; i++ {
			if x, ok := f.lookUp(ix, seg[i:i+shingleSize], n+i); ok {
				sh = append(sh, x)
			}
		}
		n += len(seg)
	}
	f.shingles = sh
	slices.SortStableFunc(sh, func(a, b shingle) int { return a.n() - b.n() })
	// each hit as one number, its position among all the sources' words
	// above the quotation's word, so that sorting them is cheap: by
	// source, then as densest reads them, by position, then by word
	// (quotation words past 1<<16 are not looked up)
	all := f.all[:0]
	for _, x := range sh {
		if len(all)+x.n() > maxHits {
			break
		}
		for _, p := range f.pos[x.from:x.to] {
			all = append(all, uint64(p)<<16|uint64(x.q))
		}
	}
	slices.Sort(all)
	f.all = all
	hits := f.hits[:0]
	for _, h := range all {
		hits = append(hits, hit{int(h >> 16), int(h & (1<<16 - 1))})
	}
	f.hits = hits
	f.count = slices.Grow(f.count[:0], n)[:n] // densest's, lent to each source in turn
	var best Match
	bestNamed := false
	for i := 0; i < len(hits); {
		si := sort.SearchInts(ix.first, hits[i].pos+1) - 1
		j := i
		for ; j < len(hits) && hits[j].pos < ix.first[si+1]; j++ {
			hits[j].pos -= ix.first[si]
		}
		s := ix.Sources[si]
		m := densest(s, hits[i:j], n, f.count)
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

// shingle is a shingle of a quotation (at its word q): the positions
// that hold it are finder.pos[from:to].
type shingle struct {
	from, to, q int
}

func (x shingle) n() int { return x.to - x.from }

// lookUp finds the shingle of words keys in the index and appends the
// positions holding it to f.pos, each bucket read once: false (and
// nothing appended) when the record does not hold it, or holds it more
// than maxPostings times.
func (f *finder) lookUp(ix *Index, keys []string, q int) (shingle, bool) {
	ids, ok := ix.shingleIDs(keys)
	if !ok {
		return shingle{}, false
	}
	x := shingle{from: len(f.pos), q: q}
	for _, p := range ix.bucket(ids) {
		if ix.shingleAt(int(p)) == ids {
			f.pos = append(f.pos, p)
		}
	}
	x.to = len(f.pos)
	if x.n() == 0 || x.n() > maxPostings {
		f.pos = f.pos[:x.from]
		return shingle{}, false
	}
	return x, true
}

// shingleIDs are the ids of a shingle's keys: false when the record does
// not have one of them.
func (ix *Index) shingleIDs(keys []string) ([shingleSize]uint32, bool) {
	var ids [shingleSize]uint32
	for i, k := range keys {
		var ok bool
		if ids[i], ok = ix.id(k); !ok {
			return ids, false
		}
	}
	return ids, true
}

// bucket is the positions of the shingles that hash as ids does: those
// of ids among them.
func (ix *Index) bucket(ids [shingleSize]uint32) []uint32 {
	b := shingleHash(ids[0], ids[1], ids[2]) >> ix.shift
	return ix.posts[ix.buckets[b]:ix.buckets[b+1]]
}

// finder is the room a look-up works in, kept for the next: a run finds
// thousands of quotations, each with up to maxHits hits. It holds numbers
// only, nothing of the index it last looked in.
type finder struct {
	shingles []shingle
	pos      []uint32 // the positions of the shingles found (see shingle)
	all      []uint64
	hits     []hit
	count    []int
}

var finders = sync.Pool{New: func() any { return new(finder) }}

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
