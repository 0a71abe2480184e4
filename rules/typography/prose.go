package typography

import (
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
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

// replace is a fix replacing Text[start:end] of p with s. It is safe only
// when the caller is sure of s and the text stands in the source unchanged,
// so that the edit touches no markup.
func replace(src []byte, p *article.Paragraph, start, end int, s, msg string, sure bool) rules.Fix {
	return rules.Fix{
		Message: msg,
		Edits:   []rules.Edit{{Span: p.SourceSpan(start, end), New: s}},
		Safe:    sure && p.Verbatim(start, end, src),
	}
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
