package typo

// hashView files word ids under 32-bit hashes of keys (a spelling with a
// letter deleted, a sound key), read in place from suggest.bin (written by
// suggesttable_test.go). The (hash, id) pairs are sorted by hash; a
// directory on the hash's top 16 bits gives each prefix's run of pairs, so
// a pair keeps only the low 16 bits (lo) and the id, in three bytes (ids).
// A look-up binary-searches a run of a few dozen. A hash collision only
// adds a candidate that the edit cost then rejects.
type hashView struct {
	from u32view // first pair of each top-16-bit prefix; 1<<16+1 entries
	lo   string  // the low 16 bits of each pair's hash, little-endian
	ids  string  // each pair's id, three bytes little-endian
}

// fold mixes a 64-bit FNV hash down to 32 bits.
func fold(h uint64) uint32 { return uint32((h * 0x9E3779B97F4A7C15) >> 32) }

// readHashView reads a view of pairs pairs.
func readHashView(r *reader, pairs int) hashView {
	return hashView{from: view(r, 1<<16+1), lo: r.bytes(2 * pairs), ids: r.bytes(3 * pairs)}
}

func (x hashView) lo16(i int) uint16 { return uint16(x.lo[2*i]) | uint16(x.lo[2*i+1])<<8 }

func (x hashView) id(i int) int32 {
	s := x.ids[3*i : 3*i+3]
	return int32(s[0]) | int32(s[1])<<8 | int32(s[2])<<16
}

// each calls fn with every id filed under h, in the order filed.
func (x hashView) each(h uint64, fn func(int32)) {
	k := fold(h)
	lo, hi := int(x.from.at(int(k>>16))), int(x.from.at(int(k>>16)+1))
	key := uint16(k)
	// the first pair of the run not below key, by halving (sort.Search
	// with its closure cost a fifth of the look-up)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if x.lo16(mid) < key {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	i := lo
	for end := int(x.from.at(int(k>>16) + 1)); i < end && x.lo16(i) == key; i++ {
		fn(x.id(i))
	}
}
