package typo

import "sort"

// hashIndex files word ids under 32-bit hashes of keys (a spelling with a
// letter deleted, a sound key). It is one array of (hash, id) pairs sorted
// by a radix sort: building it touches memory in order, which keeps the
// first suggestion of a run fast, and a look-up is a binary search. A hash
// collision only adds a candidate that the edit cost then rejects.
type hashIndex struct {
	pairs []hashPair
	from  []int32 // first pair of each top-16-bit hash prefix, see finish
}

type hashPair struct {
	h  uint32
	id int32
}

func newHashIndex(entries int) *hashIndex {
	return &hashIndex{pairs: make([]hashPair, 0, entries)}
}

func (x *hashIndex) add(h uint64, id int32) {
	x.pairs = append(x.pairs, hashPair{fold(h), id})
}

// fold mixes a 64-bit FNV hash down to 32 bits.
func fold(h uint64) uint32 { return uint32((h * 0x9E3779B97F4A7C15) >> 32) }

// finish sorts the pairs by hash, one byte at a time (least significant
// first), which is stable and linear.
func (x *hashIndex) finish() {
	tmp := make([]hashPair, len(x.pairs))
	src, dst := x.pairs, tmp
	for shift := uint(0); shift < 32; shift += 8 {
		var count [257]int
		for _, p := range src {
			count[(p.h>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, p := range src {
			b := (p.h >> shift) & 0xff
			dst[count[b]] = p
			count[b]++
		}
		src, dst = dst, src
	}
	x.pairs = src // four passes: the sorted data is back in the first buffer
	// a directory on the top 16 bits: a look-up searches a few dozen pairs
	// instead of the whole array
	x.from = make([]int32, 1<<16+1)
	i := 0
	for k := range x.from {
		for i < len(x.pairs) && int(x.pairs[i].h>>16) < k {
			i++
		}
		x.from[k] = int32(i)
	}
}

// each calls fn with every id filed under h.
func (x *hashIndex) each(h uint64, fn func(int32)) {
	k := fold(h)
	lo, hi := int(x.from[k>>16]), int(x.from[k>>16+1])
	i := lo + sort.Search(hi-lo, func(i int) bool { return x.pairs[lo+i].h >= k })
	for ; i < hi && x.pairs[i].h == k; i++ {
		fn(x.pairs[i].id)
	}
}
