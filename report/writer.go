package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// Writer writes a report as a run's results come in, one file's result
// (or a whole run's) at a time, and keeps of them only what the format's
// ending needs: the summary counts, and for JSON and SARIF the file
// warnings, which those formats list after the findings. A run that
// streams its files (engine.Engine.Stream) through a Writer holds no more
// of its report than of its files in flight.
type Writer struct {
	w    *bufio.Writer
	opts Options
	f    format
	sum  Summary
	err  error
}

// format is one output format, written in three steps.
type format interface {
	begin(w *bufio.Writer, rules []*rules.Rule) error
	write(w *bufio.Writer, res *engine.Result, loc *locator) error
	end(w *bufio.Writer, sum Summary) error
}

// NewWriter starts a report in opts.Format on w. ruleList is the rules that
// ran (SARIF lists them before any result).
func NewWriter(w io.Writer, ruleList []*rules.Rule, opts Options) (*Writer, error) {
	var f format
	switch opts.Format {
	case "", "text":
		f = &textFormat{opts: opts}
	case "json":
		f = &jsonFormat{opts: opts}
	case "sarif":
		f = &sarifFormat{opts: opts}
	case "github":
		f = &githubFormat{opts: opts}
	case "jsonl":
		f = jsonlFormat{}
	case "rdjsonl":
		f = &rdjsonlFormat{opts: opts}
	default:
		return nil, fmt.Errorf("unknown report format %q (want %s)", opts.Format, strings.Join(Formats, ", "))
	}
	rw := &Writer{w: bufio.NewWriter(w), opts: opts, f: f}
	rw.err = f.begin(rw.w, ruleList)
	return rw, rw.err
}

// Write adds res to the report: its file warnings, then its findings in
// their order. It is flushed to the underlying writer, so that a reader
// sees each file as it is done.
func (rw *Writer) Write(res *engine.Result) error {
	if rw.err != nil {
		return rw.err
	}
	s := Summarize(res)
	rw.sum.Findings += s.Findings
	rw.sum.Errors += s.Errors
	rw.sum.Warnings += s.Warnings
	rw.sum.Info += s.Info
	rw.sum.Files += s.Files
	rw.sum.FileWarnings += s.FileWarnings
	if rw.err = rw.f.write(rw.w, res, newLocator(res)); rw.err == nil {
		rw.err = rw.w.Flush()
	}
	return rw.err
}

// Summary is the count of everything written so far.
func (rw *Writer) Summary() Summary { return rw.sum }

// Close ends the report (a summary, the closing brackets) and flushes it.
// It does not close the underlying writer.
func (rw *Writer) Close() error {
	if rw.err != nil {
		return rw.err
	}
	if rw.err = rw.f.end(rw.w, rw.sum); rw.err == nil {
		rw.err = rw.w.Flush()
	}
	return rw.err
}

// jsonList writes the elements of a JSON array indented as an encoder
// indenting the whole document would, one at a time: "[" before the first,
// "," between, and "[]" or the closing "]" at the end.
type jsonList struct {
	indent string // of the line the list opens on
	n      int
	// the encoder of the elements and its buffer, made for the first and
	// kept: an encoder keeps its buffers from one value to the next
	enc *json.Encoder
	buf bytes.Buffer
}

func (l *jsonList) add(w *bufio.Writer, v any) error {
	prefix := l.next(w)
	if l.enc == nil {
		l.enc = json.NewEncoder(&l.buf)
		l.enc.SetEscapeHTML(false)
		l.enc.SetIndent(prefix, "  ")
	}
	l.buf.Reset()
	if err := l.enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(l.buf.Bytes(), []byte("\n")))
	return err
}

// next starts the next element: "[" before the first, "," between, and
// the indent of its first line. It returns the indent of the element's
// other lines.
func (l *jsonList) next(w *bufio.Writer) string {
	if l.n == 0 {
		put(w, "[\n")
	} else {
		put(w, ",\n")
	}
	l.n++
	inner := l.indent + "  "
	put(w, inner)
	return inner
}

func (l *jsonList) close(w *bufio.Writer) {
	if l.n == 0 {
		put(w, "[]")
		return
	}
	put(w, "\n"+l.indent+"]")
}

// writeIndented writes v as indented JSON whose lines after the first start
// with prefix, with no trailing newline and HTML left unescaped.
func writeIndented(w io.Writer, v any, prefix string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "<stdin>" and "&" readable
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return err
}

// put writes s to w. A bufio.Writer keeps its first error and returns it
// from every later call, Flush included, which Writer checks: a failed
// write is reported once, at the end of the file's part of the report.
func put(w *bufio.Writer, s string) { _, _ = w.WriteString(s) }
