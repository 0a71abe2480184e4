// Package ngram holds what the typo rule's language-model reader and its
// data generator must agree on: how an n-gram of word ids becomes the key
// of a hash-table slot in data/lm.bin.
package ngram

// Key2 is the key of the bigram "a b" (word ids of at most 21 bits; the top
// bit keeps bigram keys apart from trigram keys).
func Key2(a, b uint64) uint64 { return 1<<63 | a<<21 | b }

// Key3 is the key of the trigram "a b c".
func Key3(a, b, c uint64) uint64 { return a<<42 | b<<21 | c }

// Hash mixes a key into a slot hash (splitmix64's finaliser).
func Hash(k uint64) uint64 {
	k ^= k >> 30
	k *= 0xbf58476d1ce4e5b9
	k ^= k >> 27
	k *= 0x94d049bb133111eb
	return k ^ k>>31
}

// BigramFilterLog2 is the size of the bigram filter of lm.bin: 1<<17
// uint32s, 512 KB.
const BigramFilterLog2 = 17

// BigramFilter is where the bigram hashed h sets its two bits in the
// filter: the index of a uint32 and the bits. A bigram whose bits are not
// all set is not in the table (most probes ask for one it lacks).
func BigramFilter(h uint64) (int, uint32) {
	g := (h ^ h>>29) * 0x9E3779B97F4A7C15
	return int(g >> (64 - BigramFilterLog2)), 1<<(g>>5&31) | 1<<(g&31)
}
