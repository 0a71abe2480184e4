package sources

import (
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
//
// It is made to hold a thousand transcripts at little cost: each word is
// stored once, as the id of its key (ids), the sources one after another,
// and the shingles as a table of their positions grouped by a hash of
// their ids (buckets and posts, as a compressed sparse row: the positions
// of bucket b are posts[buckets[b]:buckets[b+1]]), checked against ids on
// look-up, so that a hash shared by two shingles never matches the wrong
// one. No word is kept as a string but once in the vocabulary.
type Index struct {
	Sources []*Source // sorted by path
	vocab   map[string]uint32
	keys    []string // vocab's keys by id (the same strings), for WordsOf
	// short are the ids of the keys of eight bytes or fewer, by their
	// bytes as a number: most words, looked up faster than by string
	short   map[uint64]uint32
	ids     []uint32 // every source's words, as vocabulary ids
	first   []int    // Sources[i]'s words are ids[first[i]:first[i+1]]
	buckets []uint32
	posts   []uint32 // positions in ids of the shingles' first words
	shift   uint     // a shingle's hash >> shift is its bucket
	// speakers: see Speakers
	speakers map[string]bool
}

// id is the id of key k (false when the sources do not have it).
func (ix *Index) id(k string) (uint32, bool) {
	if len(k) <= 8 {
		id, ok := ix.short[packKey(k)]
		return id, ok
	}
	id, ok := ix.vocab[k]
	return id, ok
}

// packKey is a key of eight bytes or fewer as a number, its bytes from
// the low end up: one number for one key, since no key has a NUL byte
// (words are letters, digits and apostrophes).
func packKey[K string | []byte](k K) uint64 {
	var n uint64
	for i := 0; i < len(k); i++ {
		n |= uint64(k[i]) << (8 * i)
	}
	return n
}

// shingleHash mixes three word ids into 64 bits (the high bits pick the
// bucket).
func shingleHash(a, b, c uint32) uint64 {
	h := uint64(a)*0x9e3779b97f4a7c15 ^ uint64(b)
	h *= 0xbf58476d1ce4e5b9
	h ^= uint64(c) + h>>29
	h *= 0x94d049bb133111eb
	return h ^ h>>32
}

// shingleAt is the ids of the shingle indexed at position p, fillers
// skipped (all in the source of p, or it would not be indexed there).
func (ix *Index) shingleAt(p int) [shingleSize]uint32 {
	var out [shingleSize]uint32
	for i := 0; i < shingleSize; p++ {
		if ix.ids[p] >= numFillers || i == 0 {
			out[i] = ix.ids[p]
			i++
		}
	}
	return out
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
