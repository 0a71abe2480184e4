//go:build !windows

package lsp

import (
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/all"
)

// hover shows, on a finding, its message and its rule's documentation
// (what `copydesk rules ID` prints).
func (s *Server) hover(_ *glsp.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil || d.text == nil || d.checked != d.version {
		return nil, nil
	}
	at := d.text.offset(p.Position)
	var parts []string
	var first *rules.Finding
	for i, f := range d.findings {
		if f.Span.Start > at || f.Span.End < at {
			continue
		}
		if first == nil {
			first = &d.findings[i]
		}
		doc := ""
		if r := all.ByID(f.Rule); r != nil {
			doc = "\n\n" + r.Summary + "\n\n" + strings.TrimSpace(r.Doc)
		}
		parts = append(parts, "**"+f.Rule+"** ("+f.Severity.String()+"): "+f.Message+doc)
	}
	if first == nil {
		return nil, nil
	}
	r := d.text.rangeOf(first.Span.Start, first.Span.End)
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: strings.Join(parts, "\n\n---\n\n")}, Range: &r}, nil
}
