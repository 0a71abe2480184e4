//go:build !windows

package lsp

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// snapshot is a document's text as one check reads it.
type snapshot struct {
	d       *document
	version protocol.Integer
	src     []byte
}

// outcome is what one check found in one document.
type outcome struct {
	findings []rules.Finding
	extra    []protocol.Diagnostic // the file's warnings and errors
	text     *text
	// refs are the other files the findings point into (a misquote's
	// source, another open article), as this check read them: their
	// offsets are of that text, not of the file on disk or a buffer
	// edited since.
	refs map[string]*text
}

// check runs the engine over one open document, as `copydesk check` would
// over the file (its editor buffer, not the file on disk), and publishes
// the findings. When the configuration asks a rule to compare files
// (name-spelling's across_files), every open document is checked with it,
// as one run, and each gets its findings: a change in one can make or
// clear a finding in another.
func (s *Server) check(uri string) {
	s.mu.Lock()
	d := s.docs[uri]
	ws, wsErr, enc := s.ws, s.wsErr, s.enc
	if d == nil {
		s.mu.Unlock()
		return
	}
	snaps := []snapshot{{d, d.version, d.src}}
	s.mu.Unlock()

	var eng *engine.Engine
	var err error
	if ws == nil {
		err = fmt.Errorf("configuration: %w", wsErr)
	} else if eng, err = ws.Engine([]string{d.path}); err == nil && eng.UsesBatch() {
		s.mu.Lock()
		snaps = s.snapshots()
		s.mu.Unlock()
		paths := make([]string, len(snaps))
		for i, sn := range snaps {
			paths[i] = sn.d.path
		}
		eng, err = ws.Engine(paths)
	}
	outs := run(eng, err, snaps, enc)

	s.mu.Lock()
	defer s.mu.Unlock()
	for i, sn := range snaps {
		if s.docs[sn.d.uri] != sn.d || sn.d.version != sn.version {
			continue // the text changed while it was checked; its own check follows
		}
		s.publish(sn.d, sn.version, outs[i])
	}
}

// snapshots are the open documents, by URI. The caller holds s.mu.
func (s *Server) snapshots() []snapshot {
	var out []snapshot
	for _, d := range s.docs {
		out = append(out, snapshot{d, d.version, d.src})
	}
	slices.SortFunc(out, func(a, b snapshot) int { return strings.Compare(a.d.uri, b.d.uri) })
	return out
}

// run checks the snapshots as one run of eng (or reports err on each).
func run(eng *engine.Engine, err error, snaps []snapshot, enc string) []outcome {
	outs := make([]outcome, len(snaps))
	byPath := map[string]*outcome{}
	inputs := make([]engine.Input, len(snaps))
	for i, sn := range snaps {
		outs[i].text = newText(sn.src, enc)
		byPath[sn.d.path] = &outs[i]
		src := sn.src
		inputs[i] = engine.Input{Path: sn.d.path, Format: sn.d.format, Read: func() ([]byte, error) { return bytes.Clone(src), nil }}
	}
	if err == nil {
		var res *engine.Result
		if res, err = eng.Run(inputs); err == nil {
			for _, f := range res.Findings {
				if o := byPath[f.Path]; o != nil {
					o.findings = append(o.findings, f)
					o.addRefs(f, res, byPath, enc)
				}
			}
			for _, w := range res.Warnings {
				if o := byPath[w.Path]; o != nil {
					o.extra = append(o.extra, problem(o.text, max(w.Offset, 0), protocol.DiagnosticSeverityWarning, w.Message))
				}
			}
			for _, e := range res.Errors {
				if o := byPath[e.Path]; o != nil {
					o.extra = append(o.extra, problem(o.text, 0, protocol.DiagnosticSeverityError, e.Error()))
				}
			}
			return outs
		}
	}
	for i := range outs {
		outs[i].extra = append(outs[i].extra, problem(outs[i].text, 0, protocol.DiagnosticSeverityError, err.Error()))
	}
	return outs
}

// addRefs keeps the text of each other file f points into: an open
// article checked in the same run, or a reference file (a source) whose
// text the result carries.
func (o *outcome) addRefs(f rules.Finding, res *engine.Result, byPath map[string]*outcome, enc string) {
	for _, r := range f.Related {
		if r.Path == "" || r.Path == f.Path || o.refs[r.Path] != nil {
			continue
		}
		var t *text
		if other := byPath[r.Path]; other != nil {
			t = other.text
		} else if ft := res.Text(r.Path); ft != nil && ft.Full() != nil {
			t = newText(ft.Full().Source, enc)
		} else {
			continue
		}
		if o.refs == nil {
			o.refs = map[string]*text{}
		}
		o.refs[r.Path] = t
	}
}

// publish keeps a check's findings for code actions and hover and sends
// them as diagnostics. The caller holds s.mu.
func (s *Server) publish(d *document, version protocol.Integer, o outcome) {
	d.checked, d.findings, d.text, d.refs = version, o.findings, o.text, o.refs
	diags := make([]protocol.Diagnostic, 0, len(o.findings)+len(o.extra))
	for _, f := range o.findings {
		diags = append(diags, s.diagnostic(d, f))
	}
	diags = append(diags, o.extra...)
	v := protocol.UInteger(version)
	s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: d.uri, Version: &v, Diagnostics: diags})
}

// problem is a diagnostic about the file rather than a rule's finding.
func problem(t *text, off int, sev protocol.DiagnosticSeverity, msg string) protocol.Diagnostic {
	return protocol.Diagnostic{Range: t.rangeOf(off, off), Severity: &sev, Source: ptr("copydesk"), Message: msg}
}
