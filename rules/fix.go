package rules

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/copydesk/copydesk/rules/article"
)

// SafeEdits collects the edits of each finding's first safe fix (or, with
// unsafe, its first fix of any kind), for the findings of one file. A fix
// whose edits overlap an edit already taken is left out, whole, so that
// applying never mixes two fixes of one place; run again to apply it.
func SafeEdits(findings []Finding, unsafe bool) []Edit {
	var taken []Edit
	for _, f := range findings {
		fix, ok := chooseFix(f, unsafe)
		if !ok || overlapsAny(fix.Edits, taken) {
			continue
		}
		taken = append(taken, fix.Edits...)
	}
	slices.SortFunc(taken, func(a, b Edit) int {
		return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(a.Span.End, b.Span.End))
	})
	return taken
}

func chooseFix(f Finding, unsafe bool) (Fix, bool) {
	for _, fx := range f.Fixes {
		if fx.Safe {
			return fx, true
		}
	}
	if unsafe && len(f.Fixes) > 0 {
		return f.Fixes[0], true
	}
	return Fix{}, false
}

func overlapsAny(edits, taken []Edit) bool {
	for _, e := range edits {
		for _, t := range taken {
			if overlaps(e, t) {
				return true
			}
		}
	}
	return false
}

// overlaps reports whether two edits touch the same bytes; two insertions at
// one offset overlap too, as their order would be a guess.
func overlaps(a, b Edit) bool {
	if a.Span.Start == b.Span.Start {
		return true
	}
	return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
}

// Apply returns src with the edits made. The edits must be sorted and must
// not overlap; bytes outside them are copied unchanged.
func Apply(src []byte, edits []Edit) ([]byte, error) {
	out := make([]byte, 0, len(src))
	at := 0
	for _, e := range edits {
		if e.Span.Start < at || e.Span.End < e.Span.Start || e.Span.End > len(src) {
			return nil, fmt.Errorf("edit %d:%d is out of order, overlapping or outside the file (%d bytes)", e.Span.Start, e.Span.End, len(src))
		}
		out = append(out, src[at:e.Span.Start]...)
		out = append(out, e.New...)
		at = e.Span.End
	}
	return append(out, src[at:]...), nil
}

// ReplaceText is a fix replacing Text[start:end] of paragraph p with s. It
// is safe only when the rule is sure of s and the text stands in the source
// as it is (not as an entity or an escape), so the edit touches just those
// bytes. Text that spans markup in the source ("the <a href=x>the</a>", a
// comment between two spaces) gets a fix with no edits, which Report drops:
// an edit there would delete the tags or the comment with the text. So does
// s when the paragraph's quoting cannot hold it (a headline in a plain YAML
// scalar cannot take a ": "); in a quoted one it is escaped (p.Escape).
func ReplaceText(src []byte, p *article.Paragraph, start, end int, s, msg string, sure bool) Fix {
	written, ok := p.Escape(s)
	if !ok || !p.Contiguous(start, end) {
		return Fix{Message: msg}
	}
	return Fix{
		Message: msg,
		Edits:   []Edit{{Span: p.SourceSpan(start, end), New: written}},
		Safe:    sure && p.Verbatim(start, end, src),
	}
}
