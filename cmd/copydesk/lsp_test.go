//go:build !windows

package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// lspArticle has a repeated word and a typo in one paragraph's first line,
// double spaces on its second, and a typo after an emoji (two UTF-16
// units, four UTF-8 bytes) in another paragraph.
const lspArticle = "# Council vote\n\nThe the council voted on the recieve plan.\nIt met  on Tuesday.\n\nFans \U0001F642 said they would recieve aid.\n"

func lspWorkspaceDir(t *testing.T) (dir, uri string) {
	t.Helper()
	dir = t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".copydesk.yml", "dictionary_files: [words.txt]\n")
	write("words.txt", "# house words\n")
	write("a.md", lspArticle)
	return dir, "file://" + filepath.ToSlash(filepath.Join(dir, "a.md"))
}

type lspTextEdit struct {
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
		End   struct{ Line, Character int } `json:"end"`
	} `json:"range"`
	NewText string `json:"newText"`
}

type lspCodeAction struct {
	Title       string `json:"title"`
	Kind        string `json:"kind"`
	IsPreferred bool   `json:"isPreferred"`
	Edit        struct {
		Changes map[string][]lspTextEdit `json:"changes"`
	} `json:"edit"`
	Command *struct {
		Command   string `json:"command"`
		Arguments []any  `json:"arguments"`
	} `json:"command"`
}

// applyASCII makes one insertion at a position on a line whose text
// before it is ASCII (so characters are bytes), as the editor would.
func applyASCII(t *testing.T, text string, e lspTextEdit) string {
	t.Helper()
	lines := strings.SplitAfter(text, "\n")
	off := 0
	for _, l := range lines[:e.Range.Start.Line] {
		off += len(l)
	}
	if e.Range.Start != e.Range.End {
		t.Fatalf("want an insertion, got %+v", e)
	}
	off += e.Range.Start.Character
	return text[:off] + e.NewText + text[off:]
}

func findAction(t *testing.T, as []lspCodeAction, title string) lspCodeAction {
	t.Helper()
	for _, a := range as {
		if a.Title == title {
			return a
		}
	}
	var titles []string
	for _, a := range as {
		titles = append(titles, a.Title)
	}
	t.Fatalf("no code action %q among %q", title, titles)
	return lspCodeAction{}
}

func rangeParams(uri string, line, from, to int) map[string]any {
	return map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range": map[string]any{"start": map[string]int{"line": line, "character": from},
			"end": map[string]int{"line": line, "character": to}},
		"context": map[string]any{"diagnostics": []any{}},
	}
}

// TestLSPSession drives `copydesk lsp` as an editor does: initialize,
// open, change, code actions, a command, hover, a config change, shutdown
// and exit, checking the diagnostics and edits at each step.
func TestLSPSession(t *testing.T) {
	dir, uri := lspWorkspaceDir(t)
	c := startLSP(t, dir)

	var init struct {
		Capabilities struct {
			PositionEncoding string `json:"positionEncoding"`
			HoverProvider    bool   `json:"hoverProvider"`
		} `json:"capabilities"`
	}
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file://" + filepath.ToSlash(dir), "capabilities": map[string]any{
		"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}}}, &init)
	if init.Capabilities.PositionEncoding != "utf-16" || !init.Capabilities.HoverProvider {
		t.Fatalf("capabilities %+v: want utf-16 positions (no encoding offered) and hover", init.Capabilities)
	}
	c.notify("initialized", map[string]any{})
	// The client can watch files: the server asks it to watch the configs.
	if reg := c.request(); reg.Method != "client/registerCapability" || !strings.Contains(string(reg.Params), `"**/.copydesk.yml"`) ||
		!strings.Contains(string(reg.Params), `"workspace/didChangeWatchedFiles"`) {
		t.Errorf("after initialized, the server asked %s %s", reg.Method, reg.Params)
	}
	text := lspArticle
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 1, "text": text}})

	p := c.diagnostics(uri, 1)
	if got, want := codes(p), []string{"repeated-word", "typo", "spacing", "typo"}; !slices.Equal(got, want) {
		t.Fatalf("diagnostics %q, want %q: %+v", got, want, p.Diagnostics)
	}
	typo := p.Diagnostics[3]
	if typo.Range.Start.Line != 5 || typo.Range.Start.Character != 24 || typo.Range.End.Character != 31 {
		t.Errorf("typo after the emoji at %+v, want line 5, UTF-16 characters 24-31", typo.Range)
	}
	if d := p.Diagnostics[0]; d.Severity != 2 || d.Source != "copydesk" || !strings.Contains(d.CodeDescription.Href, "#rules") || d.Message != `"the" is repeated; delete one` {
		t.Errorf("repeated-word diagnostic %+v", d)
	}

	// An edit: the repeated word goes; only this document is re-checked.
	text = strings.Replace(text, "The the", "The", 1)
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"text": text}}})
	p = c.diagnostics(uri, 2)
	if got, want := codes(p), []string{"typo", "spacing", "typo"}; !slices.Equal(got, want) {
		t.Fatalf("after the edit, diagnostics %q, want %q", got, want)
	}

	// Code actions on the first typo (line 2, "recieve" at 25-32).
	var actions []lspCodeAction
	c.call("textDocument/codeAction", rangeParams(uri, 2, 27, 27), &actions)
	fix := findAction(t, actions, `replace with "receive"`)
	if e := fix.Edit.Changes[uri]; len(e) != 1 || e[0].NewText != "receive" || e[0].Range.Start.Character != 25 || e[0].Range.End.Character != 32 {
		t.Errorf("typo fix edits %+v", e)
	}
	// The safe fixes: the double space, and the second typo, whose
	// context makes "receive" sure; their edits in UTF-16 positions.
	all := findAction(t, actions, "Apply every safe copydesk fix in this file (2)")
	if e := all.Edit.Changes[uri]; all.Kind != "source.fixAll.copydesk" || len(e) != 2 ||
		e[0].Range.Start.Line != 3 || e[0].Range.Start.Character != 6 || e[0].Range.End.Character != 8 || e[0].NewText != " " ||
		e[1].Range.Start.Line != 5 || e[1].Range.Start.Character != 24 || e[1].Range.End.Character != 31 || e[1].NewText != "receive" {
		t.Errorf("fix-all action %+v", all)
	}
	add := findAction(t, actions, `Add "recieve" to the dictionary (`+filepath.Join(dir, "words.txt")+")")
	disable := findAction(t, actions, "Disable typo for this line")

	// "Disable for this line" on a paragraph's first line: a comment line above.
	text = applyASCII(t, text, disable.Edit.Changes[uri][0])
	if !strings.Contains(text, "\n<!-- copydesk-disable-next-line typo -->\nThe council") {
		t.Fatalf("disable edit gave:\n%s", text)
	}
	// …and on its second line: the comment ends the line above, so the
	// paragraph stays whole.
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 3},
		"contentChanges": []any{map[string]any{"text": text}}})
	p = c.diagnostics(uri, 3)
	if got, want := codes(p), []string{"spacing", "typo"}; !slices.Equal(got, want) {
		t.Fatalf("after disabling typo on line 3, diagnostics %q, want %q", got, want)
	}
	c.call("textDocument/codeAction", rangeParams(uri, 4, 7, 7), &actions)
	text = applyASCII(t, text, findAction(t, actions, "Disable spacing for this line").Edit.Changes[uri][0])
	if !strings.Contains(text, "plan. <!-- copydesk-disable-next-line spacing -->\nIt met") {
		t.Fatalf("disable edit gave:\n%s", text)
	}
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 4},
		"contentChanges": []any{map[string]any{"text": text}}})
	if got, want := codes(c.diagnostics(uri, 4)), []string{"typo"}; !slices.Equal(got, want) {
		t.Fatalf("after disabling spacing, diagnostics %q, want %q", got, want)
	}

	// Hover on the remaining typo shows the rule's documentation.
	var hover struct {
		Contents struct{ Kind, Value string } `json:"contents"`
	}
	c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]int{"line": 6, "character": 26}}, &hover)
	if hover.Contents.Kind != "markdown" || !strings.HasPrefix(hover.Contents.Value, "**typo** (warning):") || len(hover.Contents.Value) < 200 {
		t.Errorf("hover %+v", hover.Contents)
	}

	// "Add to dictionary" writes the config's dictionary file; the
	// document is checked again with it, and the typo comment added above
	// now silences nothing.
	if add.Command == nil || add.Command.Command != "copydesk.addToDictionary" {
		t.Fatalf("add-to-dictionary action %+v", add)
	}
	var none json.RawMessage
	c.call("workspace/executeCommand", map[string]any{"command": add.Command.Command, "arguments": add.Command.Arguments}, &none)
	if words, _ := os.ReadFile(filepath.Join(dir, "words.txt")); string(words) != "# house words\nrecieve\n" {
		t.Errorf("dictionary file after the command: %q", words)
	}
	if got, want := codes(c.diagnostics(uri, 4)), []string{"unused-suppression"}; !slices.Equal(got, want) {
		t.Fatalf("after adding the word, diagnostics %q, want %q", got, want)
	}

	// The config changes on disk: the client says so, the server re-reads it.
	if err := os.WriteFile(filepath.Join(dir, ".copydesk.yml"), []byte("dictionary_files: [words.txt]\nrules:\n  unused-suppression:\n    severity: error\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": "file://" + filepath.ToSlash(filepath.Join(dir, ".copydesk.yml")), "type": 2}}})
	p = c.diagnostics(uri, 4)
	if got, want := codes(p), []string{"unused-suppression"}; !slices.Equal(got, want) || p.Diagnostics[0].Severity != 1 {
		t.Fatalf("after the config change, diagnostics %q (%+v), want %q, the first an error", got, p.Diagnostics, want)
	}

	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	if err := <-c.done; err != nil {
		t.Fatalf("server exit: %v; stderr:\n%s", err, c.stderr.String())
	}
}

// TestLSPPositionEncoding negotiates UTF-8 positions (LSP 3.17) and
// checks a plain-text file, which gets no "disable for this line": it has
// no comments to carry one.
func TestLSPPositionEncoding(t *testing.T) {
	dir, _ := lspWorkspaceDir(t)
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(lspArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	uri := "file://" + filepath.ToSlash(filepath.Join(dir, "a.txt"))
	c := startLSP(t, dir)
	var init struct {
		Capabilities struct {
			PositionEncoding string `json:"positionEncoding"`
		} `json:"capabilities"`
	}
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file://" + filepath.ToSlash(dir),
		"capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-32", "utf-8", "utf-16"}}}}, &init)
	if init.Capabilities.PositionEncoding != "utf-8" {
		t.Fatalf("positionEncoding %q, want utf-8 when offered", init.Capabilities.PositionEncoding)
	}
	c.notify("initialized", map[string]any{})
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 7, "text": lspArticle}})
	p := c.diagnostics(uri, 7)
	typo := p.Diagnostics[len(p.Diagnostics)-1]
	if typo.Code != "typo" || typo.Range.Start.Line != 5 || typo.Range.Start.Character != 26 || typo.Range.End.Character != 33 {
		t.Errorf("typo after the emoji %+v, want line 5, bytes 26-33", typo)
	}
	var actions []lspCodeAction
	c.call("textDocument/codeAction", rangeParams(uri, 5, 27, 27), &actions)
	for _, a := range actions {
		if strings.HasPrefix(a.Title, "Disable ") {
			t.Errorf("plain text offered %q", a.Title)
		}
	}
	findAction(t, actions, `replace with "receive"`)
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	if err := <-c.done; err != nil {
		t.Fatalf("server exit: %v", err)
	}
}

// TestLSPAcrossFiles: where the config asks name-spelling to compare
// files, the open documents are checked together, and an edit to one
// clears the finding it caused in another.
func TestLSPAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		".copydesk.yml": "rules:\n  name-spelling:\n    across_files: true\n",
		"a.md":          "Qasem Soleimani led the force.\n\nSoleimani was feared.\n",
		"c.md":          "Qasem Suleimani went to Baghdad.\n\nThen Suleimani left.\n",
	}
	uris := map[string]string{}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		uris[name] = "file://" + filepath.ToSlash(filepath.Join(dir, name))
	}
	c := startLSP(t, dir)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file://" + filepath.ToSlash(dir), "capabilities": map[string]any{}}, nil)
	c.notify("initialized", map[string]any{})
	open := func(name string) {
		c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uris[name], "languageId": "markdown", "version": 1, "text": files[name]}})
	}
	open("a.md")
	if got := codes(c.diagnostics(uris["a.md"], 1)); len(got) != 0 {
		t.Fatalf("a.md alone: %q, want nothing", got)
	}
	open("c.md")
	p := c.diagnostics(uris["c.md"], 1)
	if got, want := codes(p), []string{"name-spelling", "name-spelling"}; !slices.Equal(got, want) {
		t.Fatalf("c.md beside a.md: %q, want %q", got, want)
	}
	if r := p.Diagnostics[0].RelatedInformation; len(r) != 1 || r[0].Location.URI != uris["a.md"] {
		t.Errorf("related places %+v, want one in a.md", r)
	}
	// a.md takes c.md's spelling: c.md, unchanged, is clean.
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uris["a.md"], "version": 2},
		"contentChanges": []any{map[string]any{"text": strings.ReplaceAll(files["a.md"], "Soleimani", "Suleimani")}}})
	if got := codes(c.diagnostics(uris["c.md"], 1)); len(got) != 0 {
		t.Fatalf("c.md after a.md changed: %q, want nothing", got)
	}
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	if err := <-c.done; err != nil {
		t.Fatalf("server exit: %v", err)
	}
}

// TestLSPExitWithoutShutdown: a client that sends exit without shutdown
// ends the server with status 1, as the protocol asks (0 after shutdown).
func TestLSPExitWithoutShutdown(t *testing.T) {
	dir := t.TempDir()
	c := startLSP(t, dir)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file://" + filepath.ToSlash(dir), "capabilities": map[string]any{}}, nil)
	c.notify("initialized", map[string]any{})
	c.notify("exit", nil)
	err := <-c.done
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("server exit: %v, want status 1; stderr:\n%s", err, c.stderr.String())
	}
}
