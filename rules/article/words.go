package article

import (
	"unicode"
	"unicode/utf8"
)

// splitWords finds the words of text: runs of letters, digits and combining
// marks, joined across an apostrophe (’ ' ʼ), a hyphen, a full stop or a comma
// that has a letter or digit on both sides ("don't", "al-Sudani", "U.S",
// "1,000", "3.5"). A full stop after a dotted abbreviation ("U.S.") is kept.
func splitWords(text string) []Word {
	words := make([]Word, 0, len(text)/8) // English averages a word per 6 bytes or so
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		dotted := false
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			if isJoiner(r) && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if isWordRune(next) && joins(r, text[start:i], next) {
					dotted = dotted || r == '.'
					i += size
					continue
				}
			}
			break
		}
		if dotted && i < len(text) && text[i] == '.' && isInitials(text[start:i]) {
			i++
		}
		fold, shape := wordFacts(text[start:i])
		words = append(words, Word{Text: text[start:i], Start: start, End: i, Fold: fold, Shape: shape})
	}
	return words
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // the common case, without table look-ups
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
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
