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
