package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// GitHub writes one GitHub Actions workflow command per finding, which the
// runner turns into an annotation on the pull request:
//
//	::warning file=a.md,line=3,col=5,endLine=3,endColumn=9,title=duplicate-block::message
//
// Columns are UTF-16 code units, as in SARIF (GitHub's web UI counts so).
// Paths are relative to Options.BaseDir with forward slashes. File warnings
// become ::warning commands titled "copydesk". Nothing else is printed.
func GitHub(w io.Writer, res *engine.Result, opts Options) error {
	opts.Format = "github"
	return Render(w, res, opts)
}

type githubFormat struct{ opts Options }

func (*githubFormat) begin(*bufio.Writer, []*rules.Rule) error { return nil }
func (*githubFormat) end(*bufio.Writer, Summary) error         { return nil }

func (g *githubFormat) write(bw *bufio.Writer, res *engine.Result, loc *locator) error {
	opts := g.opts
	for _, fw := range res.Warnings {
		props := []string{"file=" + ghPath(opts, fw.Path)}
		if p, ok := loc.pos(fw.Path, fw.Offset); ok && fw.Offset >= 0 {
			props = append(props, fmt.Sprintf("line=%d", p.Line), fmt.Sprintf("col=%d", p.UTF16))
		}
		writeCommand(bw, "warning", append(props, "title="+ghProperty(ToolName)), fw.Message)
	}
	for _, f := range res.Findings {
		props := []string{"file=" + ghPath(opts, f.Path)}
		if s, ok := loc.pos(f.Path, f.Span.Start); ok {
			e, _ := loc.pos(f.Path, f.Span.End)
			props = append(props, fmt.Sprintf("line=%d", s.Line), fmt.Sprintf("col=%d", s.UTF16),
				fmt.Sprintf("endLine=%d", e.Line), fmt.Sprintf("endColumn=%d", e.UTF16))
		}
		writeCommand(bw, ghLevel(f.Severity), append(props, "title="+ghProperty(f.Rule)), f.Message)
	}
	return nil
}

func ghLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

// writeCommand writes "::cmd k=v,k=v::data". Property values must already
// be escaped with ghProperty.
func writeCommand(w io.Writer, cmd string, props []string, data string) {
	fmt.Fprintf(w, "::%s %s::%s\n", cmd, strings.Join(props, ","), ghData(data))
}

func ghPath(opts Options, path string) string {
	rel, _ := relPath(opts.BaseDir, path)
	return ghProperty(rel)
}

// ghData escapes a command's message as the Actions runner unescapes it
// ("%", "\r" and "\n" as %25, %0D and %0A, as GitHub documents), shows
// other control characters as visible escapes (the log viewer obeys ANSI
// sequences), and breaks "##[" anywhere and "::" at the start of each of
// the message's lines, so that no part of it reads as another command.
func ghData(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = breakLineCommand(breakCommands(ghEscape(l, false)))
	}
	return strings.Join(lines, "%0A")
}

// ghProperty escapes a property value: as data, plus ":" and ",", which
// would otherwise end the value. A file name with a control character is
// shown escaped, so its annotation may not attach to the file: a raw
// escape sequence in the log is the worse outcome.
func ghProperty(s string) string { return ghEscape(s, true) }

func ghEscape(s string, property bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '%':
			b.WriteString("%25")
		case r == '\r':
			b.WriteString("%0D")
		case r == '\n':
			b.WriteString("%0A")
		case property && r == ':':
			b.WriteString("%3A")
		case property && r == ',':
			b.WriteString("%2C")
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		default:
			if e, ok := escapeRune(r); ok {
				b.WriteString(e)
			} else {
				b.WriteString(s[i : i+size])
			}
		}
		i += size
	}
	return b.String()
}
