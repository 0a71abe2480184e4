package article

import (
	"unicode"
	"unicode/utf8"
)

// Shape is what the tokeniser learns of a word's letters as it reads it, so
// that rules need not decode the word again to ask: a set of flags.
type Shape uint8

// The flags of a Shape.
const (
	// ASCII: every byte of the word is ASCII.
	ASCII Shape = 1 << iota
	// UpperInitial: the first character is an upper-case letter
	// (unicode.IsUpper); LowerInitial: a lower-case one (unicode.IsLower).
	UpperInitial
	LowerInitial
	// HasUpper, HasLower: an upper-case (lower-case) letter stands after
	// the first character.
	HasUpper
	HasLower
	// HasDigit: an ASCII digit (0-9) stands anywhere in the word.
	HasDigit
	// SentenceStart: the word is the first of one of its paragraph's
	// Sentences.
	SentenceStart
	// Capital: lower-casing changes the word (strings.ToLower(Text) !=
	// Text): it has an upper-case letter, or a title-case one (ǅ), which
	// is not upper case to unicode.IsUpper. Without it, Text is its own
	// lower case.
	Capital
)

// Has reports whether every flag of f is set.
func (s Shape) Has(f Shape) bool { return s&f == f }

// FNV-1a, 64 bits: a word is hashed a byte at a time as it is read.
const (
	foldOffset = 14695981039346656037
	foldPrime  = 1099511628211
)

// FoldHash is the hash a Word's Fold holds: of s lower-cased rune by rune
// (unicode.ToLower, as strings.ToLower does for valid UTF-8) with the curly
// apostrophes ’ ʼ ‘ read as a straight one ('). Two words that fold alike
// hash alike, so a rule may compare or count words by Fold without making
// a lower-case copy of each.
func FoldHash(s string) uint64 {
	h, _ := wordFacts(s)
	return h
}

// wordFacts reads a word once for its Fold and Shape.
func wordFacts(s string) (fold uint64, shape Shape) {
	h := uint64(foldOffset)
	shape = ASCII
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if i == 0 {
				shape |= asciiShape[c].first
			} else {
				shape |= asciiShape[c].later
			}
			h = (h ^ uint64(asciiShape[c].lower)) * foldPrime
			i++
			continue
		}
		shape &^= ASCII
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '’' || r == 'ʼ' || r == '‘':
			r = '\''
		case unicode.IsUpper(r):
			shape |= caseFlag(i == 0, true)
		case unicode.IsLower(r):
			shape |= caseFlag(i == 0, false)
		}
		if l := unicode.ToLower(r); l != r {
			shape |= Capital
			r = l
		}
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
			h = (h ^ uint64(b)) * foldPrime
		}
		i += size
	}
	return h, shape
}

// asciiShape is, for each ASCII character, the flags it gives a word as
// its first character and as a later one, and its lower case: a look-up
// where wordFacts asked what the character was for each byte.
var asciiShape = func() (t [utf8.RuneSelf]struct {
	first, later Shape
	lower        byte
}) {
	for c := range t {
		e := &t[c]
		e.lower = byte(c)
		switch {
		case 'A' <= c && c <= 'Z':
			e.first, e.later = caseFlag(true, true)|Capital, caseFlag(false, true)|Capital
			e.lower = byte(c + 'a' - 'A')
		case 'a' <= c && c <= 'z':
			e.first, e.later = caseFlag(true, false), caseFlag(false, false)
		case '0' <= c && c <= '9':
			e.first, e.later = HasDigit, HasDigit
		}
	}
	return t
}()

// caseFlag is the flag of a letter of one case, first in the word or not.
func caseFlag(first, upper bool) Shape {
	switch {
	case first && upper:
		return UpperInitial
	case first:
		return LowerInitial
	case upper:
		return HasUpper
	}
	return HasLower
}
