package dupe

import (
	"slices"
	"sync"
)

// maxPostings caps how many paragraphs one shingle remembers, so that a
// phrase common to every paragraph cannot make the search quadratic.
const maxPostings = 8

// postings remembers, for each shingle, the first paragraphs (at most
// maxPostings) that have it. The lists are chains of links in one slice,
// found through a map of plain integers: a shingle costs no allocation of
// its own, and an article's index is two allocations sized once.
type postings struct {
	latest map[uint64]int32 // shingle → index of its latest link, plus one
	links  []link
}

// link is one paragraph of a shingle's list.
type link struct {
	para int32
	prev int32 // index of the link before it, plus one; 0 ends the list
	n    int32 // length of the list up to this link
}

// postingsPool keeps indexes for the next article: an article's index is
// its rule's largest allocation, and most articles are alike in size.
var postingsPool = sync.Pool{New: func() any { return &postings{latest: map[uint64]int32{}} }}

// maxPooled is the most shingles an index may have been made for and still
// go back to the pool: a very long file's index is left to the collector.
const maxPooled = 1 << 16

// newPostings gives an empty index with room for about n shingles; give it
// back with free once its article is done.
func newPostings(n int) *postings {
	p := postingsPool.Get().(*postings)
	p.links = slices.Grow(p.links[:0], n)
	return p
}

// free empties p and puts it back in the pool.
func (p *postings) free() {
	if cap(p.links) > maxPooled {
		return
	}
	clear(p.latest)
	postingsPool.Put(p)
}

// add records that paragraph j has shingle s, unless the shingle's list is
// full or ends with j already.
func (p *postings) add(s uint64, j int) {
	at := p.latest[s]
	n := int32(0)
	if at > 0 {
		l := p.links[at-1]
		if l.n >= maxPostings || l.para == int32(j) {
			return
		}
		n = l.n
	}
	p.links = append(p.links, link{para: int32(j), prev: at, n: n + 1})
	p.latest[s] = int32(len(p.links))
}

// vote adds one to votes[i] for each paragraph i that has shingle s.
func (p *postings) vote(s uint64, votes map[int]int) {
	for at := p.latest[s]; at > 0; at = p.links[at-1].prev {
		votes[int(p.links[at-1].para)]++
	}
}
