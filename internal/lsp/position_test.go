//go:build !windows

package lsp

import (
	"path/filepath"
	"strings"
	"testing"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// TestPositions checks byte offsets against LSP positions in both
// encodings, over a BOM, CRLF endings, a two-unit emoji and an invalid
// byte, and that every offset at a character boundary round-trips.
func TestPositions(t *testing.T) {
	src := []byte("\xEF\xBB\xBFab\r\nx\U0001F642y\xFFz\n\nend")
	cases := []struct {
		off       int
		line      int
		utf16, u8 int
		boundary  bool
	}{
		{3, 0, 0, 0, true},  // after the BOM: column 0
		{5, 0, 2, 2, true},  // before "\r\n"
		{7, 1, 0, 0, true},  // "x"
		{8, 1, 1, 1, true},  // the emoji
		{12, 1, 3, 5, true}, // "y": the emoji is 2 UTF-16 units, 4 bytes
		{13, 1, 4, 6, true}, // the invalid byte: one unit
		{14, 1, 5, 7, true}, // "z"
		{16, 2, 0, 0, true}, // the empty line
		{20, 3, 3, 3, true}, // the end of the text
	}
	for _, enc := range []string{encUTF16, encUTF8} {
		tx := newText(src, enc)
		for _, c := range cases {
			want := c.utf16
			if enc == encUTF8 {
				want = c.u8
			}
			p := tx.position(c.off)
			if int(p.Line) != c.line || int(p.Character) != want {
				t.Errorf("%s: offset %d at %d:%d, want %d:%d", enc, c.off, p.Line, p.Character, c.line, want)
			}
			if back := tx.offset(p); back != c.off {
				t.Errorf("%s: %d:%d back to offset %d, want %d", enc, p.Line, p.Character, back, c.off)
			}
		}
		// past the line's end is the line's end; past the last line, the text's end
		if got := tx.offset(protocol.Position{Line: 0, Character: 99}); got != 5 {
			t.Errorf("%s: a character past line 0 is offset %d, want 5", enc, got)
		}
		if got := tx.offset(protocol.Position{Line: 9}); got != len(src) {
			t.Errorf("%s: a line past the end is offset %d, want %d", enc, got, len(src))
		}
	}
}

// TestURIs: paths with spaces and non-ASCII letters survive the trip to a
// file: URI and back; other schemes are kept as they are.
func TestURIs(t *testing.T) {
	for _, p := range []string{"/tmp/a b/Zoë #1.md", "/x/y.txt"} {
		u := pathURI(p)
		if !strings.HasPrefix(u, "file:///") || uriPath(u) != filepath.FromSlash(p) {
			t.Errorf("%q → %q → %q", p, u, uriPath(u))
		}
	}
	if got := uriPath("untitled:Untitled-1"); got != "untitled:Untitled-1" {
		t.Errorf("untitled URI gave %q", got)
	}
	if got := uriPath("file:///tmp/a%20b.md"); got != filepath.FromSlash("/tmp/a b.md") {
		t.Errorf("escaped URI gave %q", got)
	}
}
