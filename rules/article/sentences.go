package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations do not end a sentence when followed by a full stop. Single
// letters (initials, "J. Smith") never end one either.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cmdr": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "st": true, "jr": true, "sr": true,
	"hon": true, "pres": true, "supt": true, "insp": true, "det": true, "no": true, "nos": true,
	"vs": true, "v": true, "etc": true, "approx": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "dept": true, "univ": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "mt": true, "ft": true, "fig": true, "vol": true, "op": true, "al": true,
	"u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// appendSentences appends the sentences of text to dst and returns the
// extended slice. It cuts text at sentence-final punctuation (. ! ? …)
// followed by space, keeping closing quotes and brackets with their
// sentence. A full stop after an abbreviation, an initial or inside a
// number does not end one.
func appendSentences(dst []Sentence, text string) []Sentence {
	start := skipSpace(text, 0)
	// Only . ! ? and the first byte of … can end a sentence, and none of
	// these bytes is a continuation byte of another character: the bytes
	// between are skipped (0xE2 also begins ’ “ — and the like, which the
	// loop then looks at and passes over).
	stops := newByteFinder(text, ".!?"+ellipsis[:1])
	for i := start; i < len(text); {
		if i = stops.next(i); i == len(text) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		end := i
		for end < len(text) { // more terminal punctuation, closing quotes, brackets
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(".!?…”’\"')]»", r2) {
				break
			}
			end += s2
		}
		if end < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsSpace(r2) {
				i = end
				continue
			}
		}
		if nextIsLower(text[end:]) { // "Really?" she asked.
			i = end
			continue
		}
		if r == '.' && !endsSentence(text[start:i-1], text[end:]) {
			i = end
			continue
		}
		dst = append(dst, Sentence{Start: start, End: end})
		start = skipSpace(text, end)
		i = start
	}
	if start < len(text) {
		// Trim by runes, not bytes: a no-break space (C2 A0) ends in a byte
		// that reads as a space on its own.
		end := start + len(strings.TrimRightFunc(text[start:], unicode.IsSpace))
		dst = append(dst, Sentence{Start: start, End: end})
	}
	return dst
}

// ellipsis is the character … in UTF-8.
const ellipsis = "…"

// countSentences is at least the number of sentences appendSentences finds
// in text: each but the last ends at a . ! ? or …
func countSentences(text string) int {
	n := 1
	for _, end := range []string{".", "!", "?", ellipsis} {
		n += strings.Count(text, end)
	}
	return n
}

// endsSentence decides whether a full stop after before ends the sentence.
func endsSentence(before, after string) bool {
	w := lastWord(before)
	if w == "" {
		return true
	}
	lw := strings.ToLower(w)
	if abbreviations[lw] {
		// "in the U.S. The ..." is ambiguous; titles never end a sentence,
		// other abbreviations do when a capitalised word follows.
		switch lw {
		case "etc", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k", "u.n", "a.m", "p.m", "no":
			return startsSentence(after) && lw != "u.s" && lw != "no"
		}
		return false
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return false // an initial
	}
	return true
}

// startsSentence reports whether after (which begins with space) goes on with
// a capital letter, a digit or an opening quote.
func startsSentence(after string) bool {
	r, _ := utf8.DecodeRuneInString(trimBlank(after))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("“\"‘'(", r)
}

func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		i -= size
	}
	return s[i:]
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// nextIsLower reports whether the next word after spaces starts with a
// lower-case letter, which a new sentence does not.
func nextIsLower(after string) bool {
	r, _ := utf8.DecodeRuneInString(trimBlank(after))
	return unicode.IsLower(r)
}

// trimBlank removes the spaces, tabs and line breaks that start s.
func trimBlank(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
		i++
	}
	return s[i:]
}

// byteFinder finds the next of a few bytes in a text, by one fast search
// (strings.IndexByte) for each byte, whose answer is kept until passed,
// rather than by a look at every byte.
type byteFinder struct {
	text, bytes string // at most four bytes
	// near[k] is where the first bytes[k] at or after the offset it was
	// last looked for from stands (len(text) when none does), or -1 before
	// it is looked for.
	near [4]int
}

func newByteFinder(text, bytes string) byteFinder {
	return byteFinder{text: text, bytes: bytes, near: [4]int{-1, -1, -1, -1}}
}

// next returns the offset of the first of the bytes at or after i, or
// len(text) when there is none. Each i must be at or after the last.
func (f *byteFinder) next(i int) int {
	first := len(f.text)
	for k := range len(f.bytes) {
		if f.near[k] < i {
			f.near[k] = len(f.text)
			if j := strings.IndexByte(f.text[i:], f.bytes[k]); j >= 0 {
				f.near[k] = i + j
			}
		}
		first = min(first, f.near[k])
	}
	return first
}
