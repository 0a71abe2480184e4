package misquote

import (
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/sources"
)

// context is how many equal words the word diff shows around a change.
const context = 3

// recordText is the record's bytes from the first word to the last, its
// line breaks and runs of spaces made one space.
func recordText(src *sources.Source, ws []sources.Word) string {
	if len(ws) == 0 {
		return ""
	}
	return strings.Join(strings.Fields(string(src.Text[ws[0].Start:ws[len(ws)-1].End])), " ")
}

// wordDiff shows each change as the record's words [-struck-] and the
// quotation's {+added+}, with a few words either side, as git's word diff
// does: “we will build a [-great-]{+big+} wall”.
func wordDiff(p *article.Paragraph, q []qword, src *sources.Source, al alignment) string {
	var parts []string
	for _, h := range al.hunks {
		var b strings.Builder
		lo := max(0, h.qFrom-context)
		if lo > 0 {
			b.WriteString("… ")
		}
		b.WriteString(quoteText(p, q[lo:h.qFrom]))
		if h.sTo > h.sFrom {
			b.WriteString(space(b.Len()) + "[-" + recordText(src, al.src[h.sFrom:h.sTo]) + "-]")
		}
		if h.qTo > h.qFrom {
			b.WriteString(space(b.Len()) + "{+" + quoteText(p, q[h.qFrom:h.qTo]) + "+}")
		}
		hi := min(len(q), h.qTo+context)
		if hi > h.qTo {
			b.WriteString(" " + quoteText(p, q[h.qTo:hi]))
		}
		if hi < len(q) {
			b.WriteString(" …")
		}
		parts = append(parts, b.String())
	}
	return "“" + strings.Join(parts, "”, “") + "”"
}

func space(n int) string {
	if n == 0 {
		return ""
	}
	return " "
}

// quoteText is the article's words ws as written, spaces made single.
func quoteText(p *article.Paragraph, ws []qword) string {
	if len(ws) == 0 {
		return ""
	}
	return strings.Join(strings.Fields(p.Text[ws[0].Start:ws[len(ws)-1].End]), " ")
}

// edit puts the record's words back for one difference: the quotation's
// words replaced by the record's, an added word taken out, a dropped word
// put back. None is offered across markup, nor where the record's words
// cannot be written (a quoted headline field that cannot hold them).
func edit(p *article.Paragraph, q []qword, src *sources.Source, al alignment, h hunk) (rules.Edit, bool) {
	rec := recordText(src, al.src[h.sFrom:h.sTo])
	var s, e int
	var repl string
	switch {
	case h.qTo > h.qFrom && h.sTo > h.sFrom: // changed words
		s, e, repl = q[h.qFrom].Start, q[h.qTo-1].End, rec
	case h.qTo > h.qFrom && h.qFrom > 0: // added words, and the space before them
		s, e = q[h.qFrom-1].End, q[h.qTo-1].End
	case h.qTo > h.qFrom: // added words at the start
		s, e = q[h.qFrom].Start, q[h.qTo].Start
	default: // dropped words, put back after the word before
		s, e, repl = q[h.qFrom-1].End, q[h.qFrom-1].End, " "+rec
	}
	if !p.Contiguous(s, e) {
		return rules.Edit{}, false
	}
	repl, ok := p.Escape(repl) // as the field's quoting writes it; as it is in body text
	if !ok {
		return rules.Edit{}, false
	}
	if s == e {
		at := p.SourceOffset(s)
		return rules.Edit{Span: article.Span{Start: at, End: at}, New: repl}, true
	}
	return rules.Edit{Span: p.SourceSpan(s, e), New: repl}, true
}
