package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// JSONVersion is the version of the JSON report's shape (JSON.md). It
// changes only when a field is removed or changes meaning; new fields may be
// added without it changing.
const JSONVersion = 1

// The report is one JSON object, written by jsonFormat a field at a time:
//
//	{"version": JSONVersion, "tool": jsonTool, "findings": [jsonFinding],
//	 "warnings": [jsonWarning], "summary": Summary}
type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonPos struct {
	Offset      int `json:"offset"`
	Line        int `json:"line"`
	Column      int `json:"column"`
	UTF16Column int `json:"utf16Column"`
}

type jsonFinding struct {
	Rule        string        `json:"rule"`
	Severity    string        `json:"severity"`
	Path        string        `json:"path"`
	Message     string        `json:"message"`
	Start       jsonPos       `json:"start"`
	End         jsonPos       `json:"end"`
	Text        string        `json:"text"`
	Related     []jsonRelated `json:"related"`
	Fixes       []jsonFix     `json:"fixes"`
	Fingerprint string        `json:"fingerprint"`
}

type jsonRelated struct {
	Path    string  `json:"path"`
	Message string  `json:"message"`
	Start   jsonPos `json:"start"`
	End     jsonPos `json:"end"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Safe    bool       `json:"safe"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Start   jsonPos `json:"start"`
	End     jsonPos `json:"end"`
	NewText string  `json:"newText"`
}

type jsonWarning struct {
	Path    string   `json:"path"`
	Message string   `json:"message"`
	Start   *jsonPos `json:"start"` // null when the warning is about the whole file
}

// JSON writes the report as one JSON document, indented, described in
// JSON.md. Lists are [] rather than null when empty, so that consumers need
// no special case.
func JSON(w io.Writer, res *engine.Result, opts Options) error {
	opts.Format = "json"
	return Render(w, res, opts)
}

// jsonFormat writes the document of jsonReport field by field, the
// findings as they come, so that the whole report is never held: its bytes
// are those an encoder indenting a whole jsonReport would write.
type jsonFormat struct {
	opts     Options
	findings jsonList
	out      indentedJSON // writes each finding
	warnings []jsonWarning
}

func (j *jsonFormat) begin(w *bufio.Writer, _ []*rules.Rule) error {
	// a bufio.Writer keeps its first error and Writer returns it at Flush
	fmt.Fprintf(w, "{\n  \"version\": %d,\n  \"tool\": ", JSONVersion)
	if err := writeIndented(w, jsonTool{Name: ToolName, Version: j.opts.ToolVersion}, "  "); err != nil {
		return err
	}
	fmt.Fprint(w, ",\n  \"findings\": ")
	j.findings.indent = "  "
	return nil
}

func (j *jsonFormat) write(w *bufio.Writer, res *engine.Result, loc *locator) error {
	fps := fingerprints(res)
	for i, f := range res.Findings {
		jf := jsonFindingOf(f, fps[i], loc)
		j.out.reset(j.findings.next(w))
		j.out.finding(&jf)
		_, _ = w.Write(j.out.buf) // a failed write is returned by Writer, at Flush
	}
	for _, fw := range res.Warnings {
		jw := jsonWarning{Path: fw.Path, Message: fw.Message}
		if fw.Offset >= 0 {
			p := jsonAt(loc, fw.Path, fw.Offset)
			jw.Start = &p
		}
		j.warnings = append(j.warnings, jw)
	}
	return nil
}

// jsonAt is the position of byte offset off in path, as JSON gives it.
func jsonAt(loc *locator, path string, off int) jsonPos {
	p, _ := loc.pos(path, off)
	return jsonPos{Offset: p.Offset, Line: p.Line, Column: p.Column, UTF16Column: p.UTF16}
}

// jsonFindingOf is one finding as the JSON and JSON Lines reports give it.
func jsonFindingOf(f rules.Finding, fp string, loc *locator) jsonFinding {
	span := func(s article.Span) (jsonPos, jsonPos) {
		return jsonAt(loc, f.Path, s.Start), jsonAt(loc, f.Path, s.End)
	}
	jf := jsonFinding{Rule: f.Rule, Severity: f.Severity.String(), Path: f.Path, Message: f.Message,
		Text: loc.source(f.Path, f.Span), Fingerprint: fp,
		Related: make([]jsonRelated, 0, len(f.Related)), Fixes: make([]jsonFix, 0, len(f.Fixes))}
	jf.Start, jf.End = span(f.Span)
	for _, r := range f.Related {
		path := r.Path
		if path == "" {
			path = f.Path
		}
		jf.Related = append(jf.Related, jsonRelated{Path: path, Message: r.Message,
			Start: jsonAt(loc, path, r.Span.Start), End: jsonAt(loc, path, r.Span.End)})
	}
	for _, fx := range f.Fixes {
		jx := jsonFix{Message: fx.Message, Safe: fx.Safe, Edits: make([]jsonEdit, 0, len(fx.Edits))}
		for _, e := range fx.Edits {
			s, en := span(e.Span)
			jx.Edits = append(jx.Edits, jsonEdit{Start: s, End: en, NewText: e.New})
		}
		jf.Fixes = append(jf.Fixes, jx)
	}
	return jf
}

// jsonlFormat writes JSON Lines: each finding as one compact JSON object on
// a line of its own, with the JSON report's fields, written as its file is
// done; for consumers that read findings as they come (jq, a queue). File
// warnings go to standard error, as with the other line formats.
type jsonlFormat struct{}

func (jsonlFormat) begin(*bufio.Writer, []*rules.Rule) error { return nil }
func (jsonlFormat) end(*bufio.Writer, Summary) error         { return nil }

func (jsonlFormat) write(w *bufio.Writer, res *engine.Result, loc *locator) error {
	enc := json.NewEncoder(w) // one line a value
	enc.SetEscapeHTML(false)
	fps := fingerprints(res)
	for i, f := range res.Findings {
		if err := enc.Encode(jsonFindingOf(f, fps[i], loc)); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonFormat) end(w *bufio.Writer, sum Summary) error {
	j.findings.close(w)
	put(w, ",\n  \"warnings\": ")
	ws := jsonList{indent: "  "}
	for _, jw := range j.warnings {
		if err := ws.add(w, jw); err != nil {
			return err
		}
	}
	ws.close(w)
	put(w, ",\n  \"summary\": ")
	if err := writeIndented(w, sum, "  "); err != nil {
		return err
	}
	_, err := w.WriteString("\n}\n")
	return err
}
