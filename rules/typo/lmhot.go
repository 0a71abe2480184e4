package typo

// The model's ids of its commonest short words, in a small table keyed by
// the words themselves. Every word beside a word the model weighs is looked
// up (700,000 a BBC pass), and a look-up in the model's own word table
// reads three places far apart (the slot, the word's offset, the word):
// three cache misses. Most of those words are a few thousand short ones
// ("the", "said", "would"), and a word of up to eight bytes packs into one
// uint64, so this table answers them with one read and no comparison of
// strings. It is in lmextra.bin (lmHotTable in derived_test.go builds it).
const (
	lmHotBits  = 14   // 16,384 slots of 16 bytes: 256 KB
	lmHotWords = 8192 // the words of up to eight bytes the model gives most probability
)

// lmHotKey is w's bytes, little-endian, for a word of one to eight bytes;
// 0 (an empty slot) never is one.
func lmHotKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}

// lmHotKeyFold is lmHotKey of the ASCII word w in lower case.
func lmHotKeyFold(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(lowerByte(w[i]))
	}
	return k
}

// lmHotSlot is the first slot to probe for key.
func lmHotSlot(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> (64 - lmHotBits) }

// hotID is the id of the word packed in key (lmHotKey), and whether the
// table has it. A slot is the key (8 bytes) and the id (4), then 4 unused.
func (m *langModel) hotID(key uint64) (int32, bool) {
	const mask = 1<<lmHotBits - 1
	for s := lmHotSlot(key); ; s = (s + 1) & mask {
		sl := m.hot[16*s : 16*s+12]
		k := le64(sl)
		if k == 0 {
			return 0, false
		}
		if k == key {
			return int32(le32(sl[8:])), true
		}
	}
}
