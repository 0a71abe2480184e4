package typography

import (
	"unicode"
	"unicode/utf8"
)

// Every rule here matches within Paragraph.Text, the prose with markup
// taken out, and maps what it finds back to the source with SourceSpan, so
// Markdown code, HTML tags and attributes are never looked at.

// around returns the runes before Text[i] and after Text[j]; the start and
// end of the paragraph read as a space, as a line's ends do.
func around(text string, i, j int) (prev, next rune) {
	prev, next = ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	if j < len(text) {
		next, _ = utf8.DecodeRuneInString(text[j:])
	}
	return prev, next
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isOpener is what may stand before an opening quotation mark.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', '\'':
		return true
	}
	return unicode.IsSpace(r)
}
