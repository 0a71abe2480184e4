package typo

// hotTable finds the commonest words (see buildHot) in one cache line for
// most of them: a slot holds its key's first eight bytes (see code8), its
// length and the word's packed entry, so a word of up to eight bytes is
// matched without reading the word list, and a longer one reads it once.
// It replaces a Go map, whose look-up hashes the whole key and touches the
// map's control word, its slot and the key's bytes elsewhere: three cache
// misses when the map is larger than the cache.
type hotTable struct {
	slots []hotSlot
	shift uint // 64 − log2(len(slots))
}

// hotSlot is one key of the table; ref == 0 marks an empty slot.
type hotSlot struct {
	code uint64 // code8 of the key
	ent  uint32 // the entry the key is looked up as (lexicon.ents)
	ref  uint32 // 1 + word index | key length << 23 | slotFolded
}

const (
	slotIndex  = 1<<23 - 1 // the word index + 1 (the common words number about 157,000)
	slotLenTop = 127       // longer keys are left to the slow path
	slotFolded = 1 << 31   // the key is a capitalised form of the word, not its spelling
)

// code8 is a number that tells apart keys of the same length up to eight
// bytes: the first eight bytes of a longer key, else its bytes packed from
// a few (overlapping) loads, so that no byte-by-byte loop is needed.
func code8(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return le32(w) | le32(w[4:])<<32
	case n >= 4:
		return le32(w) | le32(w[n-4:])<<32 // w[0:4] and w[n-4:n] cover w
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return 0
}

// le32 is the first four bytes of w, little-endian (one load).
func le32(w string) uint64 {
	_ = w[3]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

// hotHash mixes the key's code with the rest of a longer key (eight bytes
// at a time) and the length.
func hotHash(w string, code uint64) uint64 {
	h := code ^ uint64(len(w))<<59
	for i := 8; i < len(w); i += 8 {
		h = (h ^ h>>29) * 0xBF58476D1CE4E5B9
		h ^= code8(w[i:])
	}
	return h * 0x9E3779B97F4A7C15
}

// buildHotTable fills the table with the keys, in order (a key already
// present keeps its first word), sized so that it is at most half full.
func (l *lexicon) buildHotTable(keys []string, ids []int32, folded []bool) *hotTable {
	t := newHotTable(len(keys))
	for k, w := range keys {
		s, found := t.slotFor(l, w)
		if found || s < 0 {
			continue // first come, first kept; or too long a key
		}
		ref := uint32(ids[k]+1) | uint32(len(w))<<23
		if folded[k] {
			ref |= slotFolded
		}
		t.slots[s] = hotSlot{code: code8(w), ent: l.ents.at(int(ids[k])), ref: ref}
	}
	return t
}

func newHotTable(keys int) *hotTable {
	bits := uint(4)
	for 1<<bits < 2*keys {
		bits++
	}
	return &hotTable{slots: make([]hotSlot, 1<<bits), shift: 64 - bits}
}

// slotFor is the slot holding w (found) or the empty one where it would go;
// -1 for a key too long for the table.
func (t *hotTable) slotFor(l *lexicon, w string) (s int, found bool) {
	if len(w) > slotLenTop || w == "" {
		return -1, false
	}
	code := code8(w)
	mask := uint64(len(t.slots) - 1)
	for i := hotHash(w, code) >> t.shift; ; i = (i + 1) & mask {
		if t.slots[i].ref == 0 {
			return int(i), false
		}
		if t.match(l, i, w, code) {
			return int(i), true
		}
	}
}

// match reports whether slot s holds the key w, whose code8 is code.
func (t *hotTable) match(l *lexicon, s uint64, w string, code uint64) bool {
	sl := &t.slots[s]
	if sl.code != code || int(sl.ref>>23&slotLenTop) != len(w) {
		return false
	}
	if len(w) <= 8 {
		return true
	}
	// the key's tail is the word's (a folded key differs only in its
	// first letter)
	return l.word(int(sl.ref&slotIndex) - 1)[8:] == w[8:]
}

// subset is a table of the given keys only, with the entries t has for
// them (keys t lacks are left out).
func (t *hotTable) subset(l *lexicon, keys []string) *hotTable {
	sub := newHotTable(len(keys))
	for _, w := range keys {
		if sl := t.find(l, w); sl != nil {
			if s, found := sub.slotFor(l, w); !found && s >= 0 {
				sub.slots[s] = *sl
			}
		}
	}
	return sub
}

// find returns the slot holding w, or nil.
func (t *hotTable) find(l *lexicon, w string) *hotSlot {
	if s, found := t.slotFor(l, w); found {
		return &t.slots[s]
	}
	return nil
}

// entry is the slot's word as lookup returns it.
func (sl *hotSlot) entry() entry {
	return unpack(sl.ent, int32(sl.ref&slotIndex)-1)
}
