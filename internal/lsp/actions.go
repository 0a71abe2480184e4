//go:build !windows

package lsp

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// kindFixAll is the action applying every safe fix of a file, under the
// kind editors run on save ("source.fixAll").
const kindFixAll = protocol.CodeActionKind("source.fixAll.copydesk")

// codeAction offers, for the findings in the requested range: each of
// their fixes (a safe one preferred), disabling the rule for the line
// (Markdown and HTML: plain text has no comments to carry it), adding a
// flagged word to the dictionary; and for the whole file, every safe fix.
func (s *Server) codeAction(_ *glsp.Context, p *protocol.CodeActionParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	actions := []protocol.CodeAction{}
	if d == nil || d.text == nil || d.checked != d.version {
		return actions, nil // not checked yet, or the findings are of an older text
	}
	from, to := d.text.offset(p.Range.Start), d.text.offset(p.Range.End)
	dict := ""
	if s.ws != nil {
		dict = s.ws.DictionaryFile()
	}
	disabled := map[string]bool{} // "line rule" offered already
	for _, f := range d.findings {
		if f.Span.End < from || f.Span.Start > to {
			continue
		}
		diag := []protocol.Diagnostic{s.diagnostic(d, f)}
		preferred := false
		for _, fx := range f.Fixes {
			if len(fx.Edits) == 0 {
				continue
			}
			a := protocol.CodeAction{Title: fixTitle(fx), Kind: ptr(protocol.CodeActionKindQuickFix), Diagnostics: diag,
				Edit: d.edit(fx.Edits)}
			if fx.Safe && !preferred {
				a.IsPreferred, preferred = ptr(true), true
			}
			actions = append(actions, a)
		}
		line := d.text.line(f.Span.Start)
		if key := fmt.Sprint(line, " ", f.Rule); !disabled[key] {
			disabled[key] = true
			if e, ok := disableEdit(d, line, f.Rule); ok {
				actions = append(actions, protocol.CodeAction{Title: "Disable " + f.Rule + " for this line",
					Kind: ptr(protocol.CodeActionKindQuickFix), Diagnostics: diag, Edit: d.edit([]rules.Edit{e})})
			}
		}
		if word := string(d.src[f.Span.Start:f.Span.End]); f.Rule == "typo" && dict != "" && addable(word) {
			actions = append(actions, protocol.CodeAction{Title: fmt.Sprintf("Add %q to the dictionary (%s)", word, dict),
				Kind: ptr(protocol.CodeActionKindQuickFix), Diagnostics: diag,
				Command: &protocol.Command{Title: "Add to dictionary", Command: cmdAddToDictionary, Arguments: []any{word}}})
		}
	}
	if edits := rules.SafeEdits(d.findings, false); len(edits) > 0 && wants(p.Context.Only, kindFixAll) {
		actions = append(actions, protocol.CodeAction{Title: fmt.Sprintf("Apply every safe copydesk fix in this file (%d)", len(edits)),
			Kind: ptr(kindFixAll), Edit: d.edit(edits)})
	}
	return actions, nil
}

// wants reports whether an action of kind k answers a request limited to
// the kinds only (none: any kind). "source" asks for "source.fixAll.…".
func wants(only []protocol.CodeActionKind, k protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	return slices.ContainsFunc(only, func(o protocol.CodeActionKind) bool {
		return k == o || strings.HasPrefix(k, o+".")
	})
}

func fixTitle(fx rules.Fix) string {
	if fx.Message != "" {
		return fx.Message
	}
	return "Apply copydesk's fix"
}

// edit turns byte-span edits of d into a workspace edit.
func (d *document) edit(es []rules.Edit) *protocol.WorkspaceEdit {
	tes := make([]protocol.TextEdit, len(es))
	for i, e := range es {
		tes[i] = protocol.TextEdit{Range: d.text.rangeOf(e.Span.Start, e.Span.End), NewText: e.New}
	}
	return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{d.uri: tes}}
}

// addable says whether a flagged word can go in the dictionary file, which
// holds one word a line and takes "#" as a comment.
func addable(w string) bool {
	return w != "" && !strings.ContainsAny(w, "\r\n#") && strings.TrimSpace(w) == w
}

// disableEdit inserts the suppression comment that silences rule on line n
// of d: it adds the rule to a copydesk-disable-next-line comment ending
// the line above; in Markdown, appends one to the line above when that
// line is part of the same paragraph (a comment on a line of its own would
// split the paragraph in two); else puts one on a line of its own above,
// indented like the line. Plain text has no comments: no edit.
func disableEdit(d *document, n int, rule string) (rules.Edit, bool) {
	if d.format != article.Markdown && d.format != article.HTML {
		return rules.Edit{}, false
	}
	t := d.text
	comment := "<!-- copydesk-disable-next-line " + rule + " -->"
	if n > 0 {
		prev := t.src[t.lineStart(n-1):t.lineEnd(n-1)]
		if m := nextLineRE.FindSubmatchIndex(prev); m != nil {
			ids := strings.Fields(strings.ReplaceAll(string(prev[m[2]:m[3]]), ",", " "))
			if len(ids) == 0 || slices.Contains(ids, rule) {
				return rules.Edit{}, false // the line is already silenced for it
			}
			at := t.lineStart(n-1) + m[2] + len(strings.TrimRight(string(prev[m[2]:m[3]]), " \t"))
			return rules.Edit{Span: article.Span{Start: at, End: at}, New: " " + rule}, true
		}
		if d.format == article.Markdown && strings.TrimSpace(string(prev)) != "" {
			end := t.lineEnd(n - 1)
			return rules.Edit{Span: article.Span{Start: end, End: end}, New: " " + comment}, true
		}
	}
	start := t.lineStart(n)
	line := t.src[start:t.lineEnd(n)]
	indent := line[:len(line)-len(strings.TrimLeft(string(line), " \t"))]
	nl := "\n"
	if end := t.lineEnd(n); end < len(t.src) && t.src[end] == '\r' {
		nl = "\r\n"
	}
	at := start + len(indent)
	return rules.Edit{Span: article.Span{Start: at, End: at}, New: comment + nl + string(indent)}, true
}
