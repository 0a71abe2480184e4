//go:build !windows

package lsp

import (
	"os"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/copydesk/copydesk/report"
	"github.com/copydesk/copydesk/rules"
)

// RulesURL is where a diagnostic's rule link points: the README's table
// of rules (hover shows the rule's whole documentation in the editor).
const RulesURL = report.DefaultInformationURI + "#rules"

// diagnostic turns a finding of document d into an LSP diagnostic. The
// caller holds s.mu.
func (s *Server) diagnostic(d *document, f rules.Finding) protocol.Diagnostic {
	sev := severity(f.Severity)
	code := protocol.IntegerOrString{Value: f.Rule}
	diag := protocol.Diagnostic{
		Range:           d.text.rangeOf(f.Span.Start, f.Span.End),
		Severity:        &sev,
		Code:            &code,
		CodeDescription: &protocol.CodeDescription{HRef: RulesURL},
		Source:          ptr("copydesk"),
		Message:         f.Message,
	}
	for _, r := range f.Related {
		loc := protocol.Location{URI: d.uri, Range: d.text.rangeOf(r.Span.Start, r.Span.End)}
		if t := d.refs[r.Path]; t != nil && r.Path != d.path {
			loc = protocol.Location{URI: pathURI(r.Path), Range: t.rangeOf(r.Span.Start, r.Span.End)}
		} else if r.Path != "" && r.Path != d.path {
			loc = s.locationIn(r.Path, r.Span.Start, r.Span.End)
		}
		diag.RelatedInformation = append(diag.RelatedInformation, protocol.DiagnosticRelatedInformation{Location: loc, Message: r.Message})
	}
	return diag
}

// locationIn is a place in another file the check did not carry the text
// of: its open buffer if the editor has it, else the file on disk. The caller holds s.mu.
func (s *Server) locationIn(path string, start, end int) protocol.Location {
	uri := pathURI(path)
	var t *text
	if o := s.docs[uri]; o != nil {
		t = newText(o.src, s.enc)
	} else if src, err := os.ReadFile(path); err == nil {
		t = newText(src, s.enc)
	} else {
		t = newText(nil, s.enc)
	}
	return protocol.Location{URI: uri, Range: t.rangeOf(start, end)}
}

func severity(s rules.Severity) protocol.DiagnosticSeverity {
	switch s {
	case rules.Error:
		return protocol.DiagnosticSeverityError
	case rules.Warning:
		return protocol.DiagnosticSeverityWarning
	}
	return protocol.DiagnosticSeverityInformation
}
