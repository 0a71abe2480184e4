// Package report renders one run's result (*engine.Result) in the formats
// copydesk speaks: text for people, JSON for scripts, SARIF 2.1.0 for code
// scanning, GitHub Actions workflow commands, reviewdog's rdjsonl, and
// unified diffs of fixes. A Writer writes any of them file by file.
//
// Every renderer reads the same model and computes line and column from the
// byte offsets only here, at report time, through the article's line index.
package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// Options are the run facts a report needs beyond the result.
type Options struct {
	// Format is "text", "json", "jsonl", "sarif", "github" or "rdjsonl"; "" means text.
	Format string
	// Color turns on ANSI colour in the text format. The caller decides
	// (terminal, NO_COLOR, --color); the renderer never looks.
	Color bool
	// BaseDir is the folder that relative paths and URIs (SARIF, GitHub, rdjsonl) are made
	// against, normally the repository root or ".". "" means ".".
	BaseDir string
	// ToolVersion is copydesk's version, for JSON and SARIF.
	ToolVersion string
	// InformationURI is the tool's home page in SARIF; DefaultInformationURI if empty.
	InformationURI string
	// MaxLineWidth cuts long source lines in the text format around the
	// flagged span; 0 means 120 display columns.
	MaxLineWidth int
}

// DefaultInformationURI is the project's home, used in SARIF.
const DefaultInformationURI = "https://github.com/copydesk/copydesk"

// ToolName is the name every format reports.
const ToolName = "copydesk"

// Formats are the values Options.Format accepts.
var Formats = []string{"text", "json", "jsonl", "sarif", "github", "rdjsonl"}

// Render writes res, a whole run's result, to w in opts.Format.
func Render(w io.Writer, res *engine.Result, opts Options) error {
	rw, err := NewWriter(w, runRules(res), opts)
	if err != nil {
		return err
	}
	if err := rw.Write(res); err != nil {
		return err
	}
	return rw.Close()
}

// Summary counts a run's findings.
type Summary struct {
	Findings     int `json:"findings"`
	Errors       int `json:"errors"`
	Warnings     int `json:"warnings"`
	Info         int `json:"info"`
	Files        int `json:"files"`        // files checked
	FileWarnings int `json:"fileWarnings"` // problems with inputs, e.g. invalid UTF-8
}

// Summarize counts res.
func Summarize(res *engine.Result) Summary {
	s := Summary{Findings: len(res.Findings), Files: res.FilesChecked(), FileWarnings: len(res.Warnings)}
	for _, f := range res.Findings {
		switch f.Severity {
		case rules.Error:
			s.Errors++
		case rules.Warning:
			s.Warnings++
		default:
			s.Info++
		}
	}
	return s
}

// pos is a place in a file in every unit a format may ask for.
type pos = engine.Place

// locator turns byte offsets of the run's files into positions, through
// what the result kept of each file (engine.FileText): a compact text from
// a streaming run, or the whole article. Whole articles are wrapped once,
// so that the UTF-16 counts of their lines are made once a file.
type locator struct {
	res   *engine.Result
	texts map[string]*engine.FileText
}

func newLocator(res *engine.Result) *locator {
	return &locator{res: res, texts: map[string]*engine.FileText{}}
}

// text returns what the run kept of path, or nil.
func (l *locator) text(path string) *engine.FileText {
	if t, ok := l.texts[path]; ok {
		return t
	}
	t := l.res.Text(path)
	l.texts[path] = t
	return t
}

// pos returns the position of byte offset off in path; ok is false when the
// run has no such file. Offsets outside the file are clamped.
func (l *locator) pos(path string, off int) (pos, bool) {
	t := l.text(path)
	if t == nil {
		return pos{Position: article.Position{Offset: off}}, false
	}
	return t.Place(off), true
}

// source returns the bytes a span covers, or "" when the file is unknown.
func (l *locator) source(path string, s article.Span) string {
	t := l.text(path)
	if t == nil {
		return ""
	}
	return string(t.Bytes(s))
}

// fingerprints returns each finding's stable identity (see engine.Fingerprints).
func fingerprints(res *engine.Result) []string { return engine.Fingerprints(res.Findings) }

// relPath is path relative to base with forward slashes, as GitHub and SARIF
// want it; ok is false when it cannot be made relative (another volume).
func relPath(base, path string) (string, bool) {
	if base == "" {
		base = "."
	}
	ab, err1 := filepath.Abs(base)
	ap, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(path), false
	}
	rel, err := filepath.Rel(ab, ap)
	if err != nil {
		return filepath.ToSlash(ap), false
	}
	return filepath.ToSlash(rel), true
}

// escapeURIPath percent-encodes a slash-separated path for a URI reference:
// everything but unreserved characters, "/" and a few safe sub-delimiters,
// so that a ":" in a file name is never read as a scheme.
func escapeURIPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("-._~/!$&'()*+,;=@", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// dirURI is the file: URI of a folder, ending in "/" as SARIF requires of a base.
func dirURI(dir string) string {
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") { // a Windows drive: file:///C:/...
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	u := url.URL{Scheme: "file", Path: p}
	return u.String()
}
