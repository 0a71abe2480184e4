package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// rdjsonl is reviewdog's Diagnostic message (proto/rdf/reviewdog.proto),
// one JSON object a line. Columns are 1-based byte counts in UTF-8, as
// reviewdog applies suggestions by byte column.
type rdDiagnostic struct {
	Message     string         `json:"message"`
	Location    rdLocation     `json:"location"`
	Severity    string         `json:"severity"`
	Source      rdSource       `json:"source"`
	Code        rdSource       `json:"code"`
	Suggestions []rdSuggestion `json:"suggestions,omitempty"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdSource struct {
	Name  string `json:"name,omitempty"`
	Value string `json:"value,omitempty"`
	URL   string `json:"url,omitempty"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"` // always present: reviewdog panics without it
}

// RDJSONL writes reviewdog's rdjsonl format.
func RDJSONL(w io.Writer, res *engine.Result, opts Options) error {
	opts.Format = "rdjsonl"
	return Render(w, res, opts)
}

type rdjsonlFormat struct{ opts Options }

func (*rdjsonlFormat) begin(*bufio.Writer, []*rules.Rule) error { return nil }
func (*rdjsonlFormat) end(*bufio.Writer, Summary) error         { return nil }

func (r *rdjsonlFormat) write(w *bufio.Writer, res *engine.Result, loc *locator) error {
	opts := r.opts
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range res.Findings {
		a := loc.text(f.Path)
		if a == nil {
			continue
		}
		d := rdDiagnostic{
			Message:  f.Message,
			Location: rdLocation{Path: rdPath(opts, f.Path), Range: byteRange(a, f.Span)},
			Severity: rdSeverity(f.Severity),
			Source:   rdSource{Name: ToolName, URL: DefaultInformationURI},
			Code:     rdSource{Value: f.Rule},
		}
		if s, ok := lineSuggestion(a, f); ok {
			d.Suggestions = []rdSuggestion{s}
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}

func rdPath(opts Options, path string) string {
	rel, _ := relPath(opts.BaseDir, path)
	return rel
}

func rdSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "ERROR"
	case rules.Warning:
		return "WARNING"
	}
	return "INFO"
}

// byteRange is a span as 1-based lines and byte columns.
func byteRange(a *engine.FileText, s article.Span) rdRange {
	at := func(off int) rdPosition {
		line := a.Line(off)
		ls, _ := a.LineSpan(line)
		return rdPosition{Line: line, Column: off - ls.Start + 1}
	}
	return rdRange{Start: at(s.Start), End: at(s.End)}
}

// lineSuggestion turns a finding's first fix into a suggestion covering
// exactly the lines of the finding, as a pull-request suggestion must: the
// lines as they read after the fix. A fix reaching outside those lines
// (a deletion taking the line break before them) gives no suggestion.
func lineSuggestion(a *engine.FileText, f rules.Finding) (rdSuggestion, bool) {
	if len(f.Fixes) == 0 {
		return rdSuggestion{}, false
	}
	first := a.Line(f.Span.Start)
	last := first
	if f.Span.End > f.Span.Start {
		last = a.Line(f.Span.End - 1)
	}
	firstSpan, ok1 := a.LineSpan(first)
	lastSpan, ok2 := a.LineSpan(last)
	if !ok1 || !ok2 {
		return rdSuggestion{}, false
	}
	lines := article.Span{Start: firstSpan.Start, End: lastSpan.End}
	var edits []rules.Edit
	for _, e := range f.Fixes[0].Edits {
		if e.Span.Start < lines.Start || e.Span.End > lines.End {
			return rdSuggestion{}, false
		}
		edits = append(edits, rules.Edit{Span: article.Span{Start: e.Span.Start - lines.Start, End: e.Span.End - lines.Start}, New: e.New})
	}
	text, err := rules.Apply(a.Bytes(lines), edits)
	if err != nil {
		return rdSuggestion{}, false
	}
	return rdSuggestion{Range: byteRange(a, lines), Text: string(text)}, true
}
