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

// wordFacts reads a word once for its Fold and Shape. (The tokeniser
// learns them as it reads the word, through a folder of its own.)
func wordFacts(s string) (fold uint64, shape Shape) {
	f := newFolder()
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			f.ascii(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f.beyondASCII(r)
		i += size
	}
	return f.fold, f.shape
}

// folder learns a word's Fold and Shape from its characters, given in
// order.
type folder struct {
	fold  uint64
	shape Shape
	later bool // a character was given before
}

func newFolder() folder { return folder{fold: foldOffset, shape: ASCII} }

// add gives the folder the next character.
func (f *folder) add(r rune) {
	if r < utf8.RuneSelf {
		f.ascii(byte(r))
	} else {
		f.beyondASCII(r)
	}
}

// ascii gives the folder the next character, ASCII c.
func (f *folder) ascii(c byte) {
	if f.later {
		f.shape |= asciiShape[c].later
	} else {
		f.shape |= asciiShape[c].first
	}
	f.fold = (f.fold ^ uint64(asciiShape[c].lower)) * foldPrime
	f.later = true
}

// beyondASCII gives the folder the next character, r, beyond ASCII.
func (f *folder) beyondASCII(r rune) {
	f.shape &^= ASCII
	switch {
	case r == '’' || r == 'ʼ' || r == '‘':
		r = '\''
	case unicode.IsUpper(r):
		f.shape |= caseFlag(!f.later, true)
	case unicode.IsLower(r):
		f.shape |= caseFlag(!f.later, false)
	}
	if l := unicode.ToLower(r); l != r {
		f.shape |= Capital
		r = l
	}
	var buf [utf8.UTFMax]byte
	for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
		f.fold = (f.fold ^ uint64(b)) * foldPrime
	}
	f.later = true
}

// asciiShape is, for each ASCII character, the flags it gives a word as
// its first character and as a later one, and its lower case: a look-up
// where the folder asked what the character was for each byte.
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
