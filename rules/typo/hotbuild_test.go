package typo

import "encoding/binary"

// The hot tables' builder, a generator step (see derived_test.go): it writes
// the tables into lookup.bin, where hotTable reads them in place.

// hotTables writes the hot table of the hotWords commonest words and the
// capitalised form of each lower-case one among them (looked up as that
// word), then the table of those of the hotFirst commonest, for lexicon l
// with its final entries (AltsBit set).
func hotTables(l *lexicon) []byte {
	h := min(l.n, hotWords)
	keys := make([]string, 0, 2*h)
	ids := make([]int32, 0, 2*h)
	folded := make([]bool, 0, 2*h)
	for i := range h {
		keys, ids, folded = append(keys, l.word(i)), append(ids, int32(i)), append(folded, false)
	}
	for i := range h {
		w := l.word(i)
		if w == "" || w[0] < 'a' || w[0] > 'z' || !isLowerASCII(w) {
			continue
		}
		keys = append(keys, string(w[0]-'a'+'A')+w[1:])
		ids, folded = append(ids, int32(i)), append(folded, true)
	}
	hot := newHotBuild(len(keys))
	for k, w := range keys {
		s, found := hot.slotFor(l, w)
		if found || s < 0 {
			continue // first come, first kept; or too long a key
		}
		ref := uint32(ids[k]+1) | uint32(len(w))<<23
		if folded[k] {
			ref |= slotFolded
		}
		hot.slots[s] = hotSlot{code: code8(w), ent: l.ents.at(int(ids[k])), ref: ref}
	}
	// the first table: the keys of the hotFirst commonest, with the
	// entries the big table has for them
	var first []string
	for k, w := range keys {
		if ids[k] < hotFirst {
			first = append(first, w)
		}
	}
	hot1 := newHotBuild(len(first))
	for _, w := range first {
		if s, found := hot.slotFor(l, w); found {
			if s1, found := hot1.slotFor(l, w); !found && s1 >= 0 {
				hot1.slots[s1] = hot.slots[s]
			}
		}
	}
	return append(hot.bytes(), hot1.bytes()...)
}

// hotBuild is a hot table being filled.
type hotBuild struct {
	slots []hotSlot
	bits  uint
}

// newHotBuild is a table for keys keys, at most half full.
func newHotBuild(keys int) *hotBuild {
	bits := uint(4)
	for 1<<bits < 2*keys {
		bits++
	}
	return &hotBuild{slots: make([]hotSlot, 1<<bits), bits: bits}
}

// slotFor is the slot holding w (found) or the empty one where it would go;
// -1 for a key too long for the table. It probes as hotTable.find does.
func (t *hotBuild) slotFor(l *lexicon, w string) (s int, found bool) {
	if len(w) > slotLenTop || w == "" {
		return -1, false
	}
	code := code8(w)
	mask := uint64(len(t.slots) - 1)
	for i := hotHash(w, code) >> (64 - t.bits); ; i = (i + 1) & mask {
		if t.slots[i].ref == 0 {
			return int(i), false
		}
		if t.slots[i].holds(l, w, code) {
			return int(i), true
		}
	}
}

// bytes is the table as lookup.bin holds it: log2 of its slots, then each
// slot's code, entry and ref, little-endian.
func (t *hotBuild) bytes() []byte {
	out := binary.LittleEndian.AppendUint32(nil, uint32(t.bits))
	for _, s := range t.slots {
		out = binary.LittleEndian.AppendUint64(out, s.code)
		out = binary.LittleEndian.AppendUint32(out, s.ent)
		out = binary.LittleEndian.AppendUint32(out, s.ref)
	}
	return out
}
