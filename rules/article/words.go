package article

import (
	"unicode"
	"unicode/utf8"
)

// appendWords appends the words of text to dst and returns the extended
// slice: runs of letters, digits and combining marks, joined across an
// apostrophe (’ ' ʼ), a hyphen, a full stop or a comma that has a letter or
// digit on both sides ("don't", "al-Sudani", "U.S", "1,000", "3.5"). A full
// stop after a dotted abbreviation ("U.S.") is kept.
func appendWords(dst []Word, text string) []Word {
	i := 0
	for i < len(text) {
		// to the next word character
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		start := i
		dotted := false
		f := newFolder() // the word's Fold and Shape, learnt as it is read
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf && asciiWord[c] { // the common case
				f.ascii(c)
				i++
				continue
			}
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) {
					f.beyondASCII(r)
					i += size
					continue
				}
			}
			if isJoiner(r) && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if isWordRune(next) && joins(r, text[start:i], next) {
					dotted = dotted || r == '.'
					f.add(r)
					i += size
					continue
				}
			}
			break
		}
		if dotted && i < len(text) && text[i] == '.' && isInitials(text[start:i]) {
			f.ascii('.')
			i++
		}
		dst = append(dst, Word{Text: text[start:i], Start: start, End: i, Fold: f.fold, Shape: f.shape})
	}
	return dst
}

// countWords is at least the number of words appendWords finds in text, and
// near it: every word starts with a letter or digit that starts text or
// follows a character that is neither, so those are counted. (A word joined
// across an apostrophe, a hyphen, a full stop or a comma counts once a part.)
func countWords(text string) int {
	n := 0
	prev := false // whether the character before i is a letter or digit
	for i := 0; i < len(text); {
		var word bool
		if c := text[i]; c < utf8.RuneSelf {
			word = asciiWord[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			word = isWordRune(r)
			i += size
		}
		if word && !prev {
			n++
		}
		prev = word
	}
	return n
}

// asciiWord says which ASCII characters are word characters: letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRune reports whether r is a letter, a digit or a combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // the common case, without table look-ups
		return asciiWord[r]
	}
	return isWordRuneBeyondASCII(r) // a call of its own, so that this one is inlined
}

func isWordRuneBeyondASCII(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '-', '‐', '‑', '.', ',':
		return true
	}
	return false
}

// joins decides whether joiner r glues the word so far to the rune after it.
func joins(r rune, before string, next rune) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case ',': // 1,000
		return unicode.IsDigit(last) && unicode.IsDigit(next)
	case '.': // 3.5, U.S, e.g
		if unicode.IsDigit(last) && unicode.IsDigit(next) {
			return true
		}
		return isInitials(before) && unicode.IsLetter(next)
	}
	return true
}

// isInitials reports whether s is single letters separated by full stops:
// "U", "U.S", "e.g".
func isInitials(s string) bool {
	n := 0
	for i, r := range s {
		if r == '.' {
			n = 0
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		if n > 1 {
			return false
		}
		_ = i
	}
	return true
}
