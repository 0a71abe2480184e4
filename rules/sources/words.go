package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is a word of a text as the matcher compares it: Key is the word
// lower-cased with curly apostrophes made straight, so that case, quote
// marks and punctuation never make two wordings differ; Start and End are
// the byte offsets of the word as written.
type Word struct {
	Key        string
	Start, End int
}

// Words splits text into words: runs of letters and digits, keeping an
// apostrophe between letters ("don't", "Clinton’s"). Hyphens and every other
// mark split words, so "well-known" and "well known" compare equal.
func Words(text string) []Word {
	var out []Word
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		in := isLetter(r) || start >= 0 && isApostrophe(r) && i+size < len(text) && nextIsLetter(text[i+size:])
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, Word{Key: key(text[start:i]), Start: start, End: i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, Word{Key: key(text[start:]), Start: start, End: len(text)})
	}
	return out
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetter(r)
}

func key(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// fillers are sounds a transcript records and news style may leave out of
// a quotation, when the desk allows it.
var fillers = map[string]bool{"uh": true, "um": true, "er": true, "erm": true, "ah": true, "uhm": true}

// IsFiller reports whether a word's key is a filler ("uh", "um").
func IsFiller(k string) bool { return fillers[k] }
