package typo

// The data files' arrays are read in place: a view is a slice of the
// embedded string, and an element is decoded (little-endian) where it is
// read, so that loading copies nothing and the pages of a table no run
// asks for are never touched.

// u32view is an array of little-endian uint32s left in the embedded data.
type u32view string

func (v u32view) at(i int) uint32 {
	s := v[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (v u32view) len() int { return len(v) / 4 }

// last is the last uint32 of v, or 0 when v is empty (left unread).
func (v u32view) last() uint32 {
	if v.len() == 0 {
		return 0
	}
	return v.at(v.len() - 1)
}

// slice is v[lo:hi] in elements.
func (v u32view) slice(lo, hi int) u32view { return v[4*lo : 4*hi] }

// search finds x in v, sorted ascending: its index, or where it would go
// and false (as slices.BinarySearch).
func (v u32view) search(x uint32) (int, bool) {
	lo, hi := 0, v.len()
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if v.at(mid) < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < v.len() && v.at(lo) == x
}

// view takes the next n uint32s of r without copying them.
func view(r *reader, n int) u32view {
	return u32view(r.bytes(4 * n))
}

// u16view is an array of little-endian uint16s left in the embedded data.
type u16view string

func (v u16view) at(i int) uint16 { return uint16(v[2*i]) | uint16(v[2*i+1])<<8 }

// u64view is an array of little-endian uint64s left in the embedded data.
type u64view string

func (v u64view) at(i int) uint64 {
	s := v[8*i : 8*i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
