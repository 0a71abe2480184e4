package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/copydesk/copydesk/rules"
)

// ANSI colours, used only when Options.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiCyan   = "\x1b[1;36m"
	ansiGreen  = "\x1b[32m"
)

// Text writes the report as a compiler does, for people:
//
//	path:line:col: severity: message [rule]
//	   12 | the source line
//	      |     ^~~~~~~~
//	  = fix: what the fix does
//	  = note: path:line:col: a related place
//
// File warnings (invalid UTF-8, say) come first, as
// "path:line:col: warning: message", in the same stream, so that a reader of
// the report sees why positions in a file may look odd. A summary line ends it.
func Text(w io.Writer, res *rules.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	t := &textWriter{w: bw, res: res, opts: opts, loc: newLocator(res)}
	for _, fw := range res.Warnings {
		t.fileWarning(fw)
	}
	for _, f := range res.Findings {
		t.finding(f)
	}
	fmt.Fprintln(bw, summaryLine(Summarize(res)))
	return bw.Flush()
}

type textWriter struct {
	w    *bufio.Writer
	res  *rules.Result
	opts Options
	loc  *locator
}

// paint wraps s in an ANSI colour when colour is on.
func (t *textWriter) paint(color, s string) string {
	if !t.opts.Color || s == "" {
		return s
	}
	return color + s + ansiReset
}

func severityColor(s rules.Severity) string {
	switch s {
	case rules.Error:
		return ansiRed
	case rules.Warning:
		return ansiYellow
	}
	return ansiCyan
}

// where is "path:line:col", or just "path" for an unknown file or offset.
func (t *textWriter) where(path string, off int) string {
	p, ok := t.loc.pos(path, off)
	if !ok || off < 0 {
		return path
	}
	return fmt.Sprintf("%s:%d:%d", path, p.Line, p.Column)
}

func (t *textWriter) fileWarning(fw rules.FileWarning) {
	fmt.Fprintf(t.w, "%s: %s %s\n", t.paint(ansiBold, t.where(fw.Path, fw.Offset)),
		t.paint(ansiYellow, "warning:"), fw.Message)
}

func (t *textWriter) finding(f rules.Finding) {
	sev := f.Severity.String()
	fmt.Fprintf(t.w, "%s: %s %s %s\n", t.paint(ansiBold, t.where(f.Path, f.Span.Start)),
		t.paint(severityColor(f.Severity), sev+":"), t.paint(ansiBold, f.Message), "["+f.Rule+"]")
	t.excerpt(f)
	for _, fx := range f.Fixes {
		note := ""
		if !fx.Safe {
			note = " (needs review)"
		}
		fmt.Fprintf(t.w, "  %s %s%s\n", t.paint(ansiGreen, "= fix:"), fx.Message, note)
		if d, ok := t.wordDiff(t.res.Article(f.Path), fx); ok {
			fmt.Fprintf(t.w, "         %s\n", d)
		}
	}
	for _, r := range f.Related {
		path := r.Path
		if path == "" {
			path = f.Path
		}
		fmt.Fprintf(t.w, "  %s %s: %s\n", t.paint(ansiCyan, "= note:"), t.where(path, r.Span.Start), r.Message)
	}
}

// excerpt prints the span's first line with the span underlined. A span over
// several lines is underlined to the end of its first line.
func (t *textWriter) excerpt(f rules.Finding) {
	a := t.res.Article(f.Path)
	if a == nil || f.Span.Start < 0 || f.Span.Start > len(a.Source) {
		return
	}
	start, _ := t.loc.pos(f.Path, f.Span.Start)
	lineStart, lineEnd := a.Lines.LineStart(start.Line), a.Lines.LineEnd(start.Line)
	if start.Line == 1 && strings.HasPrefix(string(a.Source[:min(3, len(a.Source))]), "\ufeff") {
		lineStart = 3 // a BOM is not shown, as it is not counted in columns
	}
	line := []rune(string(a.Source[lineStart:lineEnd]))
	from := start.Column - 1
	to := from
	if end := min(f.Span.End, lineEnd); end > f.Span.Start {
		to += utf8.RuneCount(a.Source[f.Span.Start:end])
	}
	text, under := underline(line, from, to, t.maxWidth())
	gutter := fmt.Sprintf("%5d | ", start.Line)
	blank := strings.Repeat(" ", len(gutter)-2) + "| "
	fmt.Fprintf(t.w, "%s%s\n", t.paint(ansiBold, gutter), text)
	fmt.Fprintf(t.w, "%s%s\n", t.paint(ansiBold, blank), t.paint(severityColor(f.Severity), under))
}

func (t *textWriter) maxWidth() int {
	if t.opts.MaxLineWidth > 0 {
		return t.opts.MaxLineWidth
	}
	return 120
}

// underline returns the line to show and the marker line beneath it for the
// runes [from, to) of line. A line wider than max is cut around the span,
// with "…" where text was left out. Tabs stay tabs in both lines, so the
// marker lines up whatever the terminal's tab width.
func underline(line []rune, from, to, maxW int) (text, marker string) {
	from = min(max(from, 0), len(line))
	to = min(max(to, from), len(line))
	lo, hi := window(line, from, maxW)
	var tb, mb strings.Builder
	if lo > 0 {
		tb.WriteString("…")
		mb.WriteString(" ")
	}
	for i := lo; i < hi; i++ {
		r := line[i]
		tb.WriteRune(printable(r))
		if i >= from {
			continue
		}
		if r == '\t' {
			mb.WriteByte('\t')
		} else {
			mb.WriteString(strings.Repeat(" ", runeWidth(r)))
		}
	}
	if hi < len(line) {
		tb.WriteString("…")
	}
	mb.WriteByte('^')
	w := 0
	for i := from; i < min(to, hi); i++ {
		w += runeWidth(line[i])
	}
	if w > 1 {
		mb.WriteString(strings.Repeat("~", w-1))
	}
	return tb.String(), mb.String()
}

// window picks the runes [lo, hi) of line to show within maxW columns
// (less two for the "…" marks), keeping the span's start in view with some
// text before it, and more before it when the line ends early.
func window(line []rune, from, maxW int) (lo, hi int) {
	if widthOf(line) <= maxW {
		return 0, len(line)
	}
	const before = 30 // columns of context kept before the span
	room := maxW - 2
	lo, w := from, 0
	for lo > 0 && w+runeWidth(line[lo-1]) <= min(before, room) {
		lo--
		w += runeWidth(line[lo])
	}
	hi = from
	for hi < len(line) && w+runeWidth(line[hi]) <= room {
		w += runeWidth(line[hi])
		hi++
	}
	for lo > 0 && w+runeWidth(line[lo-1]) <= room {
		lo--
		w += runeWidth(line[lo])
	}
	return lo, hi
}

func widthOf(rs []rune) int {
	w := 0
	for _, r := range rs {
		w += runeWidth(r)
	}
	return w
}

// runeWidth is the number of terminal columns r takes: 2 for wide East Asian
// characters and most emoji, 0 for combining marks (an NFD accent sits on
// its letter) and format characters such as the zero-width joiner.
func runeWidth(r rune) int {
	switch {
	case r == '\t':
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

// printable keeps control characters and invalid bytes from reaching the terminal.
func printable(r rune) rune {
	if r == '\t' || !unicode.IsControl(r) {
		return r
	}
	return utf8.RuneError
}

// summaryLine is "3 findings (1 error, 2 warnings, 0 info) in 2 files" or
// "no findings in 5 files", plus the number of file warnings if any.
func summaryLine(s Summary) string {
	files := plural(s.Files, "file", "files")
	var line string
	if s.Findings == 0 {
		line = "no findings in " + files
	} else {
		line = fmt.Sprintf("%s (%s, %s, %d info) in %s", plural(s.Findings, "finding", "findings"),
			plural(s.Errors, "error", "errors"), plural(s.Warnings, "warning", "warnings"), s.Info, files)
	}
	if s.FileWarnings > 0 {
		line += "; " + plural(s.FileWarnings, "file warning", "file warnings")
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
