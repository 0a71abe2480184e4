package names

// slab hands out values of type T cut from larger blocks, so that the many
// small values of one article (mentions, their parts, persons) cost a few
// allocations, not one each. A block lives as long as anything points
// into it.
type slab[T any] struct {
	block []T
}

// Blocks grow from minSlabBlock values to maxSlabBlock, doubling: a short
// article wastes little, a long one makes few blocks.
const (
	minSlabBlock = 8
	maxSlabBlock = 1024
)

// reserve makes room for n more values in one block, for a caller that
// knows how many it will ask for, or at most.
func (s *slab[T]) reserve(n int) {
	if len(s.block)+n > cap(s.block) {
		s.block = make([]T, 0, n)
	}
}

// reset hands out the values of the current block again, zeroed, for a
// caller done with every value the slab gave: the values it asks for next
// cost no allocation. A block larger than maxSlabBlock is let go.
func (s *slab[T]) reset() {
	if cap(s.block) > maxSlabBlock {
		s.block = nil
		return
	}
	clear(s.block)
	s.block = s.block[:0]
}

// one returns a pointer to a new zero T.
func (s *slab[T]) one() *T {
	return &s.many(1)[0]
}

// many returns n new zero Ts, in a slice of capacity n: appending to it
// cannot reach the values handed out after it.
func (s *slab[T]) many(n int) []T {
	if len(s.block)+n > cap(s.block) {
		s.block = make([]T, 0, max(n, min(2*cap(s.block), maxSlabBlock), minSlabBlock))
	}
	at := len(s.block)
	s.block = s.block[:at+n]
	return s.block[at : at+n : at+n]
}
