package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/rules"
)

// GitHub writes one GitHub Actions workflow command per finding, which the
// runner turns into an annotation on the pull request:
//
//	::warning file=a.md,line=3,col=5,endLine=3,endColumn=9,title=duplicate-block::message
//
// Columns are UTF-16 code units, as in SARIF (GitHub's web UI counts so).
// Paths are relative to Options.BaseDir with forward slashes. File warnings
// become ::warning commands titled "copydesk". Nothing else is printed.
func GitHub(w io.Writer, res *rules.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	loc := newLocator(res)
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
	return bw.Flush()
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

// ghData escapes a command's message as the Actions runner unescapes it.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// ghProperty escapes a property value: as data, plus ":" and ",", which
// would otherwise end the value.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
