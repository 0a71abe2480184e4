package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/copydesk/copydesk/rules"
)

// excerpt prints the span's first line with the span underlined. A span over
// several lines is underlined to the end of its first line.
//
// Only the part of the line around the span is decoded (about 8 screen
// widths either side), so an excerpt costs the same on a one-line article
// of a megabyte as on a short line: a report of many findings on such a
// line stays linear.
func (t *textWriter) excerpt(f rules.Finding) {
	ft := t.loc.text(f.Path)
	if ft == nil || f.Span.Start < 0 || f.Span.Start > ft.Len() {
		return
	}
	line := ft.Line(f.Span.Start)
	ls, ok := ft.LineSpan(line)
	if !ok {
		return
	}
	// the line's text, addressed from base: offsets below are in it
	src, base := ft.Bytes(ls), ls.Start
	if line == 1 && strings.HasPrefix(string(src[:min(3, len(src))]), "\ufeff") {
		src, base = src[3:], 3 // a BOM is not shown, as it is not counted in columns
	}
	at := boundaryAtOrBefore(src, min(max(f.Span.Start-base, 0), len(src)), 0)
	// Bytes decoded each side: enough for maxWidth columns of text even at
	// four bytes a column, with room for combining marks (no columns).
	budget := 8 * t.maxWidth()
	from := boundaryAtOrBefore(src, max(0, at-budget), 0)
	to := at
	for to < len(src) && to-at < budget {
		_, size := utf8.DecodeRune(src[to:])
		to += size
	}
	t.cells = excerptCells(t.cells[:0], src, from, to)
	cells := t.cells
	first := sort.Search(len(cells), func(i int) bool { return cells[i].off >= at })
	last := sort.Search(len(cells), func(i int) bool { return cells[i].off >= min(f.Span.End-base, len(src)) })
	text, under := underline(cells, first, max(last, first), t.maxWidth(), from > 0, to < len(src))
	gutter := fmt.Sprintf("%5d | ", line)
	blank := strings.Repeat(" ", len(gutter)-2) + "| "
	fmt.Fprintf(t.w, "%s%s\n", t.paint(ansiBold, gutter), text)
	fmt.Fprintf(t.w, "%s%s\n", t.paint(ansiBold, blank), t.paint(severityColor(f.Severity), under))
}

// boundaryAtOrBefore returns the start of the character that byte offset x
// falls in, as decoding from lo (a character start) meets it. Every byte
// that is not a UTF-8 continuation byte starts a character (an invalid byte
// is a character of its own), so at most three bytes back need a look.
func boundaryAtOrBefore(src []byte, x, lo int) int {
	if x >= len(src) {
		return len(src)
	}
	for p := x; p >= max(x-3, lo); p-- {
		if p != lo && !utf8.RuneStart(src[p]) {
			continue
		}
		for {
			_, size := utf8.DecodeRune(src[p:])
			if p+size > x {
				return p
			}
			p += size
		}
	}
	return x // inside a run of more continuation bytes than any character has: each is one
}

// cell is one character of an excerpt as the terminal shows it.
type cell struct {
	text  string // what is printed: the character, or its escape
	width int    // terminal columns the text takes
	off   int    // byte offset of the character in the line
	tab   bool
}

// excerptCells appends to dst the cells of src[from:to] (from a character
// start) and returns the extended slice. Characters that are commands to a
// terminal or a CI log show as escapes (see escapeRune) as wide as they
// print, so the marker still lines up; an invalid byte shows as U+FFFD, one
// column as it is one in positions; and the first "#" of "##[" shows as
// "\x23".
func excerptCells(dst []cell, src []byte, from, to int) []cell {
	first := len(dst)
	text := string(src[from:to]) // one copy; each cell's text is a slice of it
	for i := from; i < to; {
		if b := src[i]; b >= ' ' && b < 0x7f || b == '\t' { // printable ASCII: most of any article
			dst = append(dst, cell{off: i, tab: b == '\t', text: text[i-from : i-from+1], width: 1})
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:to])
		c := cell{off: i, tab: r == '\t', text: text[i-from : i-from+size], width: runeWidth(r)}
		if e, ok := escapeRune(r); ok {
			c.text, c.width = e, len(e)
		} else if r == utf8.RuneError && size == 1 {
			c.text = "\uFFFD" // one column, as it is one in positions
		}
		dst = append(dst, c)
		i += size
	}
	cells := dst[first:]
	for i := 0; i+2 < len(cells); i++ {
		if cells[i].text == "#" && cells[i+1].text == "#" && cells[i+2].text == "[" {
			cells[i].text, cells[i].width = `\x23`, 4
		}
	}
	return dst
}

func (t *textWriter) maxWidth() int {
	if t.opts.MaxLineWidth > 0 {
		return t.opts.MaxLineWidth
	}
	return 120
}

// underline returns the text to show and the marker line beneath it for the
// cells [from, to). A line wider than max, or cut before or after (only part
// of it was decoded), is cut around the span, with "…" where text was left
// out. Tabs stay tabs in both lines, so the marker lines up whatever the
// terminal's tab width.
func underline(cells []cell, from, to, maxW int, cutBefore, cutAfter bool) (text, marker string) {
	from = min(max(from, 0), len(cells))
	to = min(max(to, from), len(cells))
	lo, hi := window(cells, from, maxW, cutBefore || cutAfter)
	var tb, mb strings.Builder
	if lo > 0 || cutBefore {
		tb.WriteString("…")
		mb.WriteString(" ")
	}
	for i := lo; i < hi; i++ {
		c := cells[i]
		tb.WriteString(c.text)
		if i >= from {
			continue
		}
		if c.tab {
			mb.WriteByte('\t')
		} else {
			mb.WriteString(strings.Repeat(" ", c.width))
		}
	}
	if hi < len(cells) || cutAfter {
		tb.WriteString("…")
	}
	mb.WriteByte('^')
	w := 0
	for i := from; i < min(to, hi); i++ {
		w += cells[i].width
	}
	if w > 1 {
		mb.WriteString(strings.Repeat("~", w-1))
	}
	return tb.String(), mb.String()
}

// window picks the cells [lo, hi) to show within maxW columns (less two for
// the "…" marks), keeping the span's start in view with some text before it,
// and more before it when the line ends early. A line that fits and is not
// cut is shown whole.
func window(cells []cell, from, maxW int, cut bool) (lo, hi int) {
	if !cut && widthOf(cells) <= maxW {
		return 0, len(cells)
	}
	const before = 30 // columns of context kept before the span
	room := maxW - 2
	lo, w := from, 0
	for lo > 0 && w+cells[lo-1].width <= min(before, room) {
		lo--
		w += cells[lo].width
	}
	hi = from
	for hi < len(cells) && w+cells[hi].width <= room {
		w += cells[hi].width
		hi++
	}
	for lo > 0 && w+cells[lo-1].width <= room {
		lo--
		w += cells[lo].width
	}
	return lo, hi
}

func widthOf(cells []cell) int {
	w := 0
	for _, c := range cells {
		w += c.width
	}
	return w
}

// runeWidth is the number of terminal columns r takes: 2 for wide East Asian
// characters and most emoji, 0 for combining marks (an NFD accent sits on
// its letter) and format characters such as the zero-width joiner.
func runeWidth(r rune) int {
	switch {
	case r >= ' ' && r < 0x7f, r == '\t': // most of any article: no table look-up
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
