package sources

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
)

// The fillers have the first ids, so that a word is a filler when its id
// is below numFillers.
var (
	fillerKeys = slices.Sorted(maps.Keys(fillers))
	numFillers = uint32(len(fillerKeys))
)

// builder reads sources into an index.
type builder struct {
	ix       *Index
	kb       keyBuf
	shingles int // how many shingles the sources added hold
}

// newBuilder starts an index of sources of about size bytes in all: room
// is made for their words as transcripts in English have them (a word and
// a space in five or six bytes), not a bound but a guess that saves
// growing the list of words many times over.
func newBuilder(size int64) *builder {
	ix := &Index{ids: make([]uint32, 0, size/5), vocab: map[string]uint32{}, short: map[uint64]uint32{}, speakers: map[string]bool{}, first: []int{0}}
	for _, k := range fillerKeys {
		ix.intern(k)
	}
	return &builder{ix: ix}
}

func (ix *Index) intern(k string) uint32 {
	id, ok := ix.vocab[k]
	if !ok {
		id = uint32(len(ix.vocab))
		ix.vocab[k] = id
		ix.keys = append(ix.keys, k)
		if len(k) <= 8 {
			ix.short[packKey(k)] = id
		}
	}
	return id
}

// add reads a source's file into the index (in order of path).
func (b *builder) add(path string, data []byte) error {
	ix := b.ix
	speech := 0 // words not fillers
	s, err := read(path, data, func(w string, _, _ int) {
		// a key of eight bytes or fewer is looked up as a number (see
		// Index.short), a longer one by its bytes (no copy of k is made
		// to look it up)
		k := b.kb.key(w)
		var id uint32
		var ok bool
		if len(k) <= 8 {
			id, ok = ix.short[packKey(k)]
		} else {
			id, ok = ix.vocab[string(k)]
		}
		if !ok {
			id = ix.intern(string(k))
		}
		if id >= numFillers {
			speech++
		}
		ix.ids = append(ix.ids, id)
	})
	if err != nil {
		ix.ids = ix.ids[:ix.first[len(ix.first)-1]]
		return err
	}
	if len(ix.ids) > math.MaxUint32 {
		return fmt.Errorf("the sources hold more than %d words, more than an index can", uint32(math.MaxUint32))
	}
	ix.Sources = append(ix.Sources, s)
	ix.first = append(ix.first, len(ix.ids))
	b.shingles += max(0, speech-shingleSize+1)
	for _, t := range s.Turns {
		if t.named {
			for _, w := range Words(t.Speaker) {
				ix.speakers[w.Key] = true
			}
		}
	}
	return nil
}

// NewIndex indexes srcs (sorted by path, for a deterministic choice among
// equal matches).
func NewIndex(srcs []*Source) *Index {
	srcs = slices.Clone(srcs)
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Path < srcs[j].Path })
	size := int64(0)
	for _, s := range srcs {
		size += int64(len(s.Text))
	}
	b := newBuilder(size)
	for _, s := range srcs {
		if err := b.add(s.Path, s.Text); err != nil {
			panic(fmt.Sprintf("source %s: read once, refused on a second reading: %v", s.Path, err))
		}
		// keep the caller's Source (and any words it has made)
		b.ix.Sources[len(b.ix.Sources)-1] = s
	}
	return b.finish()
}

// finish makes the shingle table: one pass counts the shingles of each
// bucket, a second places their positions, in order of position. A bucket
// holds eight to sixteen shingles: a small table of counts (a few MiB for a
// thousand transcripts) is cheap to fill, and a look-up checks a few
// positions more.
func (b *builder) finish() *Index {
	ix := b.ix
	n := b.shingles
	bits := uint(1)
	for 1<<bits < n/16 {
		bits++
	}
	ix.shift = 64 - bits
	// buckets[b+1] counts bucket b's shingles, then, summed, buckets[b] is
	// where bucket b starts
	ix.buckets = make([]uint32, 1<<bits+1)
	ix.eachShingle(func(h uint64, _ uint32) { ix.buckets[h>>ix.shift+1]++ })
	for i := 1; i < len(ix.buckets); i++ {
		ix.buckets[i] += ix.buckets[i-1]
	}
	// place each bucket's shingles from its start on; its start moves on
	// to the next bucket's, and is moved back after
	ix.posts = make([]uint32, n)
	ix.eachShingle(func(h uint64, pos uint32) {
		b := h >> ix.shift
		ix.posts[ix.buckets[b]] = pos
		ix.buckets[b]++
	})
	copy(ix.buckets[1:], ix.buckets[:len(ix.buckets)-1])
	ix.buckets[0] = 0
	return ix
}

// eachShingle calls f with the hash and position of every shingle of
// every source: shingleSize words in a row, fillers skipped (so that a
// quotation without the "uh" still matches), never across two sources.
func (ix *Index) eachShingle(f func(h uint64, pos uint32)) {
	for si := range ix.Sources {
		ids := ix.ids[ix.first[si]:ix.first[si+1]]
		base := uint32(ix.first[si])
		// a, b, c: the positions of the last three words, not fillers
		a, b, have := 0, 0, 0
		for c, id := range ids {
			if id < numFillers {
				continue
			}
			if have++; have >= shingleSize {
				f(shingleHash(ids[a], ids[b], id), base+uint32(a))
			}
			a, b = b, c
		}
	}
}
