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
	lists    slab[*person] // the lists of people.bySkel and bySlip
	out      []*mention    // the article's mentions, in order
	run      []word        // reused by paragraph for its runs of words
	partBuf  []part        // reused by add for the parts of a mention
	// The maps and slices of the article's analysis, emptied for the next
	// (see extractor and people for what each holds).
	lower        map[string]bool
	bySkel       map[string][]*person
	fullSurnames map[string]bool
	givenNames   map[string]bool // groupPeople's
	bySlip       map[string][]*person
	people       people // the article's (see groupPeople)
	owner        []*person
	all          []*person
	byPerson     []*mention // the persons' lists of mentions, one after another
}

// newScratch returns an empty scratch.
func newScratch() *scratch {
	return &scratch{lower: map[string]bool{}, bySkel: map[string][]*person{},
		fullSurnames: map[string]bool{}, givenNames: map[string]bool{}, bySlip: map[string][]*person{}}
}

// scratches are the scratches given back, for the next articles.
var scratches = sync.Pool{New: func() any { return newScratch() }}

// maxPooledMentions is the most mentions (or words in a run) an article
// may have for its scratch to go back to the pool: a huge article's is
// left to the collector, not kept for the small ones after it.
const maxPooledMentions = 1 << 12

// free empties s and puts it back in the pool, unless it grew too large
// to keep; nothing cut from s may be used after.
func (s *scratch) free() {
	if cap(s.out) > maxPooledMentions || cap(s.run) > maxPooledMentions {
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
	// these are written only by appending, or up to their length
	s.out = emptied(s.out)
	s.owner = emptied(s.owner)
	s.all = emptied(s.all)
	s.byPerson = emptied(s.byPerson)
	// these are cut back to nothing many times an article
	s.run = emptied(s.run[:cap(s.run)])
	s.partBuf = emptied(s.partBuf[:cap(s.partBuf)])
	s.lower = emptiedMap(s.lower)
	s.bySkel = emptiedMap(s.bySkel)
	s.fullSurnames = emptiedMap(s.fullSurnames)
	s.givenNames = emptiedMap(s.givenNames)
	s.bySlip = emptiedMap(s.bySlip)
	s.people = people{}
}

// emptied returns s with no elements, the elements it had zeroed.
func emptied[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// maxPooledMap is the most entries a map of a scratch may hold to be
// cleared for the next article; a larger one is made again, as clearing
// a map costs the most entries it ever held, for every article after.
const maxPooledMap = 256

// emptiedMap returns m with no entries.
func emptiedMap[K comparable, V any](m map[K]V) map[K]V {
	if len(m) > maxPooledMap {
		return map[K]V{}
	}
	clear(m)
	return m
}
