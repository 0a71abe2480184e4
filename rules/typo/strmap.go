package typo

import "github.com/copydesk/copydesk/rules/typo/internal/format"

// strMap maps strings to lists of strings (or is a set of strings: no
// values), read in place from a section of maps.bin: an open-addressing
// hash table on format.HashLower of the key (any bytes: the keys are not
// folded) gives 1 + the key's index; the key's values are refs[from[k]:
// from[k+1]], indexes into the value strings. Written by writeStrMap
// (derived_test.go), whose comment gives the layout.
type strMap struct {
	bits                          uint
	table, keyOff, from, refs, vo u32view
	keys, vals                    string
}

// readStrMap reads the next section of r.
func readStrMap(r *reader) strMap {
	var m strMap
	m.bits = uint(r.u32())
	nKeys, nVals, nRefs, keyBytes, valBytes := int(r.u32()), int(r.u32()), int(r.u32()), int(r.u32()), int(r.u32())
	if m.bits > 30 {
		r.cut(1 << m.bits) // a corrupt count: say so rather than allocate
		return strMap{}
	}
	m.table = view(r, 1<<m.bits)
	m.keyOff, m.from, m.refs, m.vo = view(r, nKeys+1), view(r, nKeys+1), view(r, nRefs), view(r, nVals+1)
	m.keys, m.vals = r.bytes(keyBytes), r.bytes(valBytes)
	return m
}

func (m *strMap) key(k int) string { return m.keys[m.keyOff.at(k):m.keyOff.at(k+1)] }

// find is the index of key s, or -1.
func (m *strMap) find(s string) int {
	if m.table.len() == 0 {
		return -1
	}
	mask := uint64(1)<<m.bits - 1
	for i := format.Slot(format.HashLower(s), m.bits); ; i = (i + 1) & mask {
		v := m.table.at(int(i))
		if v == 0 {
			return -1
		}
		if m.key(int(v-1)) == s {
			return int(v - 1)
		}
	}
}

// has reports whether s is a key.
func (m *strMap) has(s string) bool { return m.find(s) >= 0 }

// span is where s's values are in refs (lo == hi for none).
func (m *strMap) span(s string) (lo, hi int) {
	k := m.find(s)
	if k < 0 {
		return 0, 0
	}
	return int(m.from.at(k)), int(m.from.at(k + 1))
}

// value is the value refs[r] points to.
func (m *strMap) value(r int) string {
	v := int(m.refs.at(r))
	return m.vals[m.vo.at(v):m.vo.at(v+1)]
}

// first is s's first value, or "".
func (m *strMap) first(s string) string {
	if lo, hi := m.span(s); lo < hi {
		return m.value(lo)
	}
	return ""
}

// list is s's values as a slice (nil, not allocated, for a key that is
// absent).
func (m *strMap) list(s string) []string {
	lo, hi := m.span(s)
	if lo == hi {
		return nil
	}
	out := make([]string, 0, hi-lo)
	for r := lo; r < hi; r++ {
		out = append(out, m.value(r))
	}
	return out
}
