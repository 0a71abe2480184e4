package format

// lm.bin's n-gram tables are keyed by the word ids of the n-gram: a key is
// hashed (NgramHash) and filed at NgramSlot, and a slot keeps a fingerprint
// of the hash (the low bits, never 0) with the quantised values, not the
// key. Slot values:
//
//	bigram:  fingerprint (BigramFPBits) << BigramFPShift | prob level << 8 | back-off level
//	trigram: fingerprint (TrigramFPBits) << TrigramFPShift | prob level
//
// A level indexes one of Levels quantisation centres (float32) stored in
// the file. Unigram log10 probabilities and back-offs are int16s of
// 1/LogScale each.
const (
	BigramFPBits   = 16
	BigramFPShift  = 16
	TrigramFPBits  = 24
	TrigramFPShift = 8
	Levels         = 256
	LogScale       = 1000
)

// NgramKey2 is the key of the bigram "a b" (word ids of at most 21 bits;
// the top bit keeps bigram keys apart from trigram keys).
func NgramKey2(a, b uint64) uint64 { return 1<<63 | a<<21 | b }

// NgramKey3 is the key of the trigram "a b c".
func NgramKey3(a, b, c uint64) uint64 { return a<<42 | b<<21 | c }

// NgramHash mixes a key into a slot hash (splitmix64's finaliser).
func NgramHash(k uint64) uint64 {
	k ^= k >> 30
	k *= 0xbf58476d1ce4e5b9
	k ^= k >> 27
	k *= 0x94d049bb133111eb
	return k ^ k>>31
}

// NgramSlot is the first slot to probe for the n-gram hashed h in a table of
// size slots (not a power of two): h's high half mapped onto [0, size).
func NgramSlot(h, size uint64) uint64 { return (h >> 32) * size >> 32 }

// Fingerprint is the low bits of h, never 0 (0 is an empty slot).
func Fingerprint(h uint64, bits uint) uint32 {
	f := uint32(h) & (1<<bits - 1)
	if f == 0 {
		f = 1
	}
	return f
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
