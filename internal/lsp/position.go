//go:build !windows

package lsp

import (
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// Position encodings a client may negotiate (LSP 3.17 positionEncoding).
// UTF-16 is the protocol's default and every client's fallback; UTF-8 is
// the file's own bytes, so it is preferred when the client offers it.
const (
	encUTF16 = "utf-16"
	encUTF8  = "utf-8"
)

// text is an open document's bytes with its line index (article.Lines, as
// the engine and the reports use), to turn the engine's byte offsets into
// LSP positions and back. A UTF-8 BOM is not counted in the first line's
// columns, as the engine's Position does and as editors, which hide it,
// count.
type text struct {
	src   []byte
	lines *article.Lines
	enc   string
}

func newText(src []byte, enc string) *text {
	return &text{src: src, lines: article.NewLines(src), enc: enc}
}

// lineStart is where 0-based line n's columns start (after a BOM on line 0).
func (t *text) lineStart(n int) int {
	if n == 0 && len(t.src) >= 3 && t.src[0] == 0xEF && t.src[1] == 0xBB && t.src[2] == 0xBF {
		return 3
	}
	return t.lines.LineStart(n + 1)
}

// lineEnd is where 0-based line n's text ends, before "\n" or "\r\n".
func (t *text) lineEnd(n int) int { return t.lines.LineEnd(n + 1) }

// line returns the 0-based line holding byte offset off.
func (t *text) line(off int) int { return t.lines.Line(off) - 1 }

// position turns a byte offset into an LSP position: in UTF-8, bytes from
// the line's start; in UTF-16, the units Lines counts (with its marks, so a
// long line is not decoded from its start for every finding). An invalid
// byte is one character (U+FFFD), as the engine counts it.
func (t *text) position(off int) protocol.Position {
	off = min(max(off, 0), len(t.src))
	if t.enc == encUTF8 {
		n := t.line(off)
		return protocol.Position{Line: protocol.UInteger(n), Character: protocol.UInteger(max(off-t.lineStart(n), 0))}
	}
	p := t.lines.Position(off)
	return protocol.Position{Line: protocol.UInteger(p.Line - 1), Character: protocol.UInteger(p.UTF16 - 1)}
}

func (t *text) rangeOf(start, end int) protocol.Range {
	return protocol.Range{Start: t.position(start), End: t.position(end)}
}

// offset turns an LSP position into a byte offset. A line past the end is
// the end of the text; a character past the line's end is the line's end,
// as the protocol asks.
func (t *text) offset(p protocol.Position) int {
	n := int(p.Line)
	if n >= t.lines.Count() {
		return len(t.src)
	}
	i, end := t.lineStart(n), t.lineEnd(n)
	want := int(p.Character)
	for col := 0; i < end && col < want; {
		r, size := utf8.DecodeRune(t.src[i:end])
		switch {
		case t.enc == encUTF8:
			col += size
		case r >= 0x10000:
			col += 2
		default:
			col++
		}
		i += size
	}
	return i
}
