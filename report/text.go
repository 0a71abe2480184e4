package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
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
//
// Streamed file by file (Writer), each file's warnings come before its
// findings.
func Text(w io.Writer, res *engine.Result, opts Options) error {
	opts.Format = "text"
	return Render(w, res, opts)
}

type textFormat struct {
	opts Options
	t    textWriter // its buffers serve every file
}

func (*textFormat) begin(*bufio.Writer, []*rules.Rule) error { return nil }

func (f *textFormat) write(w *bufio.Writer, res *engine.Result, loc *locator) error {
	t := &f.t
	t.w, t.opts, t.loc = w, f.opts, loc
	for _, fw := range res.Warnings {
		t.fileWarning(fw)
	}
	for _, f := range res.Findings {
		t.finding(f)
	}
	return nil
}

func (*textFormat) end(w *bufio.Writer, sum Summary) error {
	_, err := fmt.Fprintln(w, summaryLine(sum))
	return err
}

// textWriter writes the findings of one result.
type textWriter struct {
	w    *bufio.Writer
	opts Options
	loc  *locator
	// buffers kept from one finding to the next
	cells []cell     // of an excerpt
	words wordDiffer // of a fix
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

// where is "path:line:col", or just "path" for an unknown file or offset,
// with the path cleaned: it may start a line.
func (t *textWriter) where(path string, off int) string {
	p, ok := t.loc.pos(path, off)
	if !ok || off < 0 {
		return cleanLineStart(path)
	}
	return fmt.Sprintf("%s:%d:%d", cleanLineStart(path), p.Line, p.Column)
}

func (t *textWriter) fileWarning(fw engine.FileWarning) {
	fmt.Fprintf(t.w, "%s: %s %s\n", t.paint(ansiBold, t.where(fw.Path, fw.Offset)),
		t.paint(ansiYellow, "warning:"), clean(fw.Message))
}

func (t *textWriter) finding(f rules.Finding) {
	sev := f.Severity.String()
	fmt.Fprintf(t.w, "%s: %s %s %s\n", t.paint(ansiBold, t.where(f.Path, f.Span.Start)),
		t.paint(severityColor(f.Severity), sev+":"), t.paint(ansiBold, clean(f.Message)), "["+clean(f.Rule)+"]")
	t.excerpt(f)
	for _, fx := range f.Fixes {
		note := ""
		if !fx.Safe {
			note = " (needs review)"
		}
		fmt.Fprintf(t.w, "  %s %s%s\n", t.paint(ansiGreen, "= fix:"), clean(fx.Message), note)
		if d, ok := t.wordDiff(t.loc.text(f.Path), fx); ok {
			fmt.Fprintf(t.w, "         %s\n", d)
		}
	}
	for _, r := range f.Related {
		path := r.Path
		if path == "" {
			path = f.Path
		}
		fmt.Fprintf(t.w, "  %s %s: %s\n", t.paint(ansiCyan, "= note:"), t.where(path, r.Span.Start), clean(r.Message))
	}
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
