package format

// The lexicon files (common.bin, rare.bin) keep each word's entry packed in
// bits: common.bin a uint32 per word, rare.bin its low byte.
//
//	bits 0-3  index of the SCOWL size class in Classes
//	bits 4-5  index of the spelling flag in Flags
//	bit  6    AltsBit: the word has near misses (nearmiss.bin)
//	bit  7    MoreBit: the next common word has the same lower-case form
//	bits 8-31 the word's count in the counted text (common.bin only)
const (
	ClassMask  = 0xf
	FlagMask   = 3 << FlagShift
	FlagShift  = 4
	AltsBit    = 1 << 6
	MoreBit    = 1 << 7
	CountShift = 8
)

// Classes are SCOWL's size classes (10 most common … 95 rarest), by index.
var Classes = [...]uint8{10, 20, 35, 40, 50, 55, 60, 70, 80, 95}

// Flags are the spelling flags by index: 0 common, 'u' American-only,
// 'b' British-only, 'z' an -ize form accepted in both.
var Flags = [...]byte{0, 'u', 'b', 'z'}

// ClassIndex is the index of SCOWL size class c in Classes.
func ClassIndex(c int) (uint32, bool) {
	for i, x := range Classes {
		if int(x) == c {
			return uint32(i), true
		}
	}
	return 0, false
}

// FlagIndex is the index of flag ("", "u", "b" or "z") in Flags.
func FlagIndex(flag string) (uint32, bool) {
	if flag == "" {
		return 0, true
	}
	for i, x := range Flags[1:] {
		if flag == string(x) {
			return uint32(i + 1), true
		}
	}
	return 0, false
}

// RareBlock is how many rare words rare.bin front-codes in one block.
const RareBlock = 16

// The word hash of the tables is 64-bit FNV-1a over the bytes of the
// lower-case word. The rule folds ASCII letters while it hashes (no
// lower-case copy), so it uses these constants in its own loops.
const (
	FNVOffset = 14695981039346656037
	FNVPrime  = 1099511628211
)

// HashLower is the word hash of s, which must already be in lower case.
func HashLower(s string) uint64 {
	h := uint64(FNVOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= FNVPrime
	}
	return h
}

// Slot is the first slot to probe for the word hashed h in a table of
// 1<<bits slots (common.bin's and lm.bin's word tables); a probe goes on to
// the next slot, wrapping, until it meets an empty one (0).
func Slot(h uint64, bits uint) uint64 { return (h * 0x9E3779B97F4A7C15) >> (64 - bits) }
