package names

import "sync"

// scratch is the memory the analysis of one article is cut from: its
// mentions, their parts and keys, its persons, and the buffers the
// extraction reuses. run gives an article's back once its findings are
// made (see free) and the next article reuses it, where each made its own:
// these values were most of what the rule allocated. Across files every
// article's people are kept, so each article has a new scratch.
type scratch struct {
	mentions slab[mention]
	parts    slab[part]
	keys     keyCache // of the article's name parts
	persons  slab[person]
	lists    slab[*person] // the lists of people.bySkel
	out      []*mention    // the article's mentions, in order
	run      []word        // reused by paragraph for its runs of words
	partBuf  []part        // reused by add for the parts of a mention
}

// scratches are the scratches given back, for the next articles.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledMentions is the most mentions an article may have for its
// scratch to go back to the pool: a huge article's is left to the
// collector, not kept for the small ones after it.
const maxPooledMentions = 1 << 12

// free empties s and puts it back in the pool, unless it grew too large
// to keep; nothing cut from s may be used after.
func (s *scratch) free() {
	if cap(s.out) > maxPooledMentions {
		return
	}
	s.reset()
	scratches.Put(s)
}

// reset empties s for another article. What it handed out is zeroed, so
// that it keeps no article alive.
func (s *scratch) reset() {
	s.mentions.reset()
	s.parts.reset()
	s.keys.reset()
	s.persons.reset()
	s.lists.reset()
	clear(s.out)
	clear(s.run[:cap(s.run)])
	clear(s.partBuf[:cap(s.partBuf)])
	s.out, s.run, s.partBuf = s.out[:0], s.run[:0], s.partBuf[:0]
}
