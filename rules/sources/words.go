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
// apostrophe between letters ("don't", "Clinton’s"). A
// hyphen between letters joins a word, and the key drops it, so that
// "e-mails" and "emails" compare equal; other marks split words.
func Words(text string) []Word {
	var out []Word
	var kb keyBuf
	scanWords(text, func(w string, start, end int) {
		out = append(out, Word{Key: string(kb.key(w)), Start: start, End: end})
	})
	return out
}

// scanWords calls word for each word of text (as written) and its span:
// the one tokenizer behind Words and the index, which must agree word for
// word. It allocates nothing: a thousand transcripts pass through it.
func scanWords(text string, word func(w string, start, end int)) {
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf { // the quick way for ASCII, as below
			switch {
			case asciiLetter[c]:
				if start < 0 {
					start = i
				}
			case start >= 0 && (c == '\'' || c == '-') && i+1 < len(text) && nextIsLetter(text[i+1:]):
			case start >= 0:
				word(text[start:i], start, i)
				start = -1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		in := isLetter(r) || start >= 0 && (isApostrophe(r) || r == '-') && i+size < len(text) && nextIsLetter(text[i+size:]) &&
			(r != utf8.RuneError || nextIsLower(text[i+size:]))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			word(text[start:i], start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		word(text[start:], start, len(text))
	}
}

// asciiLetter: the ASCII letters and digits.
var asciiLetter = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiLetter[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe: a straight or curly apostrophe, or an invalid byte between
// letters (a Windows-1252 ’, 0x92, in a transcript saved in that encoding).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == utf8.RuneError }

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetter(r)
}

// nextIsLower: an invalid byte is an apostrophe before "s", "t", "re", not
// before a capital ("this\x97Russia" is a dash).
func nextIsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func key(w string) string {
	w = strings.ReplaceAll(strings.ToValidUTF8(w, "'"), "’", "'")
	return strings.ToLower(strings.ReplaceAll(w, "-", ""))
}

// keyBuf makes a word's key without allocating when the word is ASCII
// but for curly apostrophes (as key does: lower case, hyphens dropped,
// apostrophes straight); the bytes it returns are
// valid until the next call.
type keyBuf []byte

func (b *keyBuf) key(w string) []byte {
	buf := (*b)[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z': // the index reads every word of the record through here: the common case first
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '-':
			continue
		case c < utf8.RuneSelf:
		case strings.HasPrefix(w[i:], "’"): // common in transcripts: kept quick
			c = '\''
			i += len("’") - 1
		default:
			buf = append(buf[:0], key(w)...)
			*b = buf
			return buf
		}
		buf = append(buf, c)
	}
	*b = buf
	return buf
}

// fillers are sounds a transcript records and news style may leave out of
// a quotation, when the desk allows it.
var fillers = map[string]bool{"uh": true, "um": true, "er": true, "erm": true, "ah": true, "uhm": true}

// IsFiller reports whether a word's key is a filler ("uh", "um").
func IsFiller(k string) bool { return fillers[k] }
