//go:build !windows

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lspRecord is a speaker-labelled transcript. The quoted passage starts
// after an emoji (two UTF-16 units, four bytes) and accented letters, so a
// related range counted in bytes or runes would be wrong.
const lspRecord = "HOLT: Good evening from Hofstra University.\n" +
	"TRUMP: Señor \U0001F642 we are going to build a great wall, and Mexico is going to pay for it, believe me.\n" +
	"CLINTON: I have a plan to create jobs in every part of the country.\n"

// TestLSPMisquote opens an article quoting the workspace's record with a
// word changed: the server publishes the misquote diagnostic with the
// word diff and, as related information, the passage's exact range in the
// record (a file the editor has not opened), in UTF-16 characters.
func TestLSPMisquote(t *testing.T) {
	dir := t.TempDir()
	for name, s := range map[string]string{
		".copydesk.yml": "sources: [record.txt]\n",
		"record.txt":    lspRecord,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	uri := "file://" + filepath.ToSlash(filepath.Join(dir, "story.md"))
	recordURI := "file://" + filepath.ToSlash(filepath.Join(dir, "record.txt"))
	text := "# The debate\n\nTrump promised: \"We are going to build a big wall, and Mexico is going to pay for it.\"\n"

	c := startLSP(t, dir)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file://" + filepath.ToSlash(dir), "capabilities": map[string]any{}}, nil)
	c.notify("initialized", map[string]any{})
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 1, "text": text}})

	var mq *lspDiagnostic
	p := c.diagnostics(uri, 1)
	for i, d := range p.Diagnostics {
		if d.Code == "misquote" {
			mq = &p.Diagnostics[i]
		}
	}
	if mq == nil {
		t.Fatalf("no misquote diagnostic among %q: %+v", codes(p), p.Diagnostics)
	}
	if !strings.Contains(mq.Message, "[-great-] {+big+}") || !strings.Contains(mq.Message, "record.txt:2") {
		t.Errorf("message %q: want the word diff and the record's file and line", mq.Message)
	}
	if len(mq.RelatedInformation) != 1 {
		t.Fatalf("related information %+v: want the record's passage", mq.RelatedInformation)
	}
	rel := mq.RelatedInformation[0]
	// "TRUMP: Señor 🙂 " is 16 UTF-16 units; the passage runs to "for it".
	line := strings.Split(lspRecord, "\n")[1]
	passage, _, _ := strings.Cut(line, ", believe")
	end := utf16Len(passage)
	r := rel.Location.Range
	if rel.Location.URI != recordURI || r.Start.Line != 1 || r.Start.Character != 16 || r.End.Line != 1 || r.End.Character != end {
		t.Errorf("related location %s %+v, want %s line 1, characters 16-%d", rel.Location.URI, r, recordURI, end)
	}
	if !strings.Contains(rel.Message, "TRUMP") {
		t.Errorf("related message %q: want the speaker", rel.Message)
	}

	// The record opened in the editor and edited, unsaved, a line added on
	// top: the sources are the files on disk, so the related range stays
	// where the check found the passage rather than moving with the buffer.
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": recordURI, "languageId": "plaintext", "version": 1, "text": "NOTE: unsaved\n" + lspRecord}})
	c.diagnostics(recordURI, 1)
	text = strings.Replace(text, "# The debate", "# The first debate", 1)
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"text": text}}})
	p = c.diagnostics(uri, 2)
	if len(p.Diagnostics) != 1 || len(p.Diagnostics[0].RelatedInformation) != 1 {
		t.Fatalf("after the edits, diagnostics %+v: want the misquote with its related place", p.Diagnostics)
	}
	if r := p.Diagnostics[0].RelatedInformation[0].Location.Range; r.Start.Line != 1 || r.Start.Character != 16 || r.End.Character != end {
		t.Errorf("with the record's buffer edited, related range %+v, want line 1, characters 16-%d as on disk", r, end)
	}
}

// utf16Len counts s in UTF-16 units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}
