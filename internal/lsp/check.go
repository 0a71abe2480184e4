package lsp

import (
	"bytes"
	"fmt"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// check runs the engine over one open document, as `copydesk check` would
// over the file, and publishes the findings. Only this document is read:
// its editor buffer, not the file on disk.
func (s *Server) check(uri string) {
	s.mu.Lock()
	d := s.docs[uri]
	ws, wsErr := s.ws, s.wsErr
	if d == nil {
		s.mu.Unlock()
		return
	}
	path, format, version, src := d.path, d.format, d.version, d.src
	enc := s.enc
	s.mu.Unlock()

	var findings []rules.Finding
	var extra []protocol.Diagnostic // the file's warnings and errors
	t := newText(src, enc)
	if ws == nil {
		extra = append(extra, problem(t, 0, protocol.DiagnosticSeverityError, fmt.Sprintf("configuration: %v", wsErr)))
	} else if eng, err := ws.Engine(path); err != nil {
		extra = append(extra, problem(t, 0, protocol.DiagnosticSeverityError, err.Error()))
	} else {
		res, err := eng.Run([]engine.Input{{Path: path, Format: format, Read: func() ([]byte, error) { return bytes.Clone(src), nil }}})
		if err != nil {
			extra = append(extra, problem(t, 0, protocol.DiagnosticSeverityError, err.Error()))
		} else {
			findings = res.Findings
			for _, w := range res.Warnings {
				extra = append(extra, problem(t, max(w.Offset, 0), protocol.DiagnosticSeverityWarning, w.Message))
			}
			for _, e := range res.Errors {
				extra = append(extra, problem(t, 0, protocol.DiagnosticSeverityError, e.Error()))
			}
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.docs[uri] != d || d.version != version {
		return // the text changed while it was checked; its own check follows
	}
	d.checked, d.findings, d.text = version, findings, t
	diags := make([]protocol.Diagnostic, 0, len(findings)+len(extra))
	for _, f := range findings {
		diags = append(diags, s.diagnostic(d, f))
	}
	diags = append(diags, extra...)
	v := protocol.UInteger(version)
	s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: uri, Version: &v, Diagnostics: diags})
}

// problem is a diagnostic about the file rather than a rule's finding.
func problem(t *text, off int, sev protocol.DiagnosticSeverity, msg string) protocol.Diagnostic {
	return protocol.Diagnostic{Range: t.rangeOf(off, off), Severity: &sev, Source: ptr("copydesk"), Message: msg}
}
