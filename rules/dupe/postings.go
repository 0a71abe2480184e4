package dupe

import (
	"math/bits"
	"slices"
)

// maxPostings caps how many paragraphs one shingle remembers, so that a
// phrase common to every paragraph cannot make the search quadratic.
const maxPostings = 8

// postings remembers, for each shingle, the first paragraphs (at most
// maxPostings) that have it. The lists are chains of links in one slice,
// found through a hash table of their latest links: a shingle costs no
// allocation of its own, and an index reset for the next article (see
// work) allocates nothing: it clears the slots it used.
//
// The table is a plain slice searched by linear probing rather than a Go
// map: a map cleared for the next article costs as much as the largest
// article it ever held, while the table is cut to the article's size.
type postings struct {
	slots []slot // len a power of two, at least twice the shingles added
	links []link
	// votes[i] counts the shingles paragraph i shares with the one
	// mostShared is asked about; voted lists the paragraphs it counted.
	votes []int32
	voted []int32
}

// slot is one entry of the hash table: a shingle and its latest link.
type slot struct {
	shingle uint64
	latest  int32 // index of the shingle's latest link, plus one; 0: the slot is free
}

// link is one paragraph of a shingle's list.
type link struct {
	para int32
	prev int32 // index of the link before it, plus one; 0 ends the list
	n    int32 // length of the list up to this link
}

// reset empties the index for an article of n shingles and paras
// paragraphs, keeping the memory it has.
func (p *postings) reset(n, paras int) {
	size := 1 << bits.Len(uint(2*n)) // a power of two over 2n: probes stay short
	if cap(p.slots) < size {
		p.slots = make([]slot, size)
	} else {
		p.slots = p.slots[:size]
		clear(p.slots)
	}
	p.links = slices.Grow(p.links[:0], n)
	if cap(p.votes) < paras {
		p.votes = make([]int32, paras) // all zero, as mostShared leaves it
	}
	p.votes = p.votes[:paras]
}

// slot returns the table's slot for shingle s: the one holding it, or the
// free one where it would go. Shingle hashes are well mixed (see mix), so
// their low bits pick the first slot to look at.
func (p *postings) slot(s uint64) *slot {
	mask := uint64(len(p.slots) - 1)
	i := s & mask
	for p.slots[i].latest != 0 && p.slots[i].shingle != s {
		i = (i + 1) & mask
	}
	return &p.slots[i]
}

// add records that paragraph j has shingle s, unless the shingle's list is
// full or ends with j already.
func (p *postings) add(s uint64, j int) {
	sl := p.slot(s)
	n := int32(0)
	if sl.latest > 0 {
		l := p.links[sl.latest-1]
		if l.n >= maxPostings || l.para == int32(j) {
			return
		}
		n = l.n
	}
	p.links = append(p.links, link{para: int32(j), prev: sl.latest, n: n + 1})
	sl.shingle, sl.latest = s, int32(len(p.links))
}

// mostShared returns the paragraph that has most of the shingles (the
// first of those tied), and how many of them it has; -1 when none has any.
func (p *postings) mostShared(shingles []uint64) (best, most int) {
	p.voted = p.voted[:0]
	for _, s := range shingles {
		for at := p.slot(s).latest; at > 0; at = p.links[at-1].prev {
			i := p.links[at-1].para
			if p.votes[i] == 0 {
				p.voted = append(p.voted, i)
			}
			p.votes[i]++
		}
	}
	best = -1
	for _, i := range p.voted {
		if v := int(p.votes[i]); v > most || v == most && int(i) < best {
			best, most = int(i), v
		}
		p.votes[i] = 0 // all zero again for the next paragraph
	}
	return best, most
}
