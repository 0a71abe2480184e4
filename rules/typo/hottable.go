package typo

// hotTable finds the commonest words (see hotWords) in one cache line for
// most of them: a slot holds its key's first eight bytes (see code8), its
// length and the word's packed entry, so a word of up to eight bytes is
// matched without reading the word list, and a longer one reads it once.
// It replaces a Go map, whose look-up hashes the whole key and touches the
// map's control word, its slot and the key's bytes elsewhere: three cache
// misses when the map is larger than the cache. The tables are in
// lookup.bin, read in place (hotbuild_test.go builds them): slot i is
// slots[16*i:16*i+16], the fields of hotSlot in order, little-endian.
type hotTable struct {
	slots string
	shift uint // 64 − log2(number of slots)
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

// slot is slot i.
func (t *hotTable) slot(i int) hotSlot {
	s := t.slots[16*i : 16*i+16]
	return hotSlot{code: le64(s), ent: uint32(le32(s[8:])), ref: uint32(le32(s[12:]))}
}

// find returns the slot holding w, whose code8 is code and hotHash h (the
// caller makes them once for both tables).
func (t *hotTable) find(l *lexicon, w string, code, h uint64) (hotSlot, bool) {
	if t.slots == "" {
		return hotSlot{}, false
	}
	mask := uint64(len(t.slots)/16 - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		sl := t.slot(int(i))
		if sl.ref == 0 {
			return hotSlot{}, false
		}
		if sl.holds(l, w, code) {
			return sl, true
		}
	}
}

// holds reports whether the slot holds the key w, whose code8 is code.
func (sl hotSlot) holds(l *lexicon, w string, code uint64) bool {
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

// le64 is the first eight bytes of s, little-endian.
func le64(s string) uint64 { return le32(s) | le32(s[4:])<<32 }

// entry is the slot's word as lookup returns it.
func (sl *hotSlot) entry() entry {
	return unpack(sl.ent, int32(sl.ref&slotIndex)-1)
}
