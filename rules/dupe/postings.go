package dupe

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

// newPostings makes an index for about n shingles.
func newPostings(n int) *postings {
	return &postings{latest: make(map[uint64]int32, n), links: make([]link, 0, n)}
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
