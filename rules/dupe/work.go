package dupe

import "sync"

// work is the memory the rule needs for one article: taken from a pool
// and given back when the article is done, so that an article no longer
// than those before it allocates none of it (the pool may still drop a
// work, and findMatches makes its result and the exact copies' map).
type work struct {
	paras    []para
	words    []uint64 // every paragraph's words, cut into paras
	names    []uint64 // every paragraph's names, likewise
	shingles []uint64 // of the paragraph being matched
	index    postings
}

var workPool = sync.Pool{New: func() any { return &work{} }}

// maxPooled is the most words an article may have and its work still go
// back to the pool: a very long file's is left to the collector.
const maxPooled = 1 << 14

func newWork() *work { return workPool.Get().(*work) }

// free puts wk back in the pool, holding no paragraph.
func (wk *work) free() {
	if cap(wk.words) > maxPooled {
		return
	}
	clear(wk.paras)
	wk.paras = wk.paras[:0]
	workPool.Put(wk)
}
