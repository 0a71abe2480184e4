//go:build !windows

package lsp

import (
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// Position encodings a client may negotiate (LSP 3.17 positionEncoding).
// UTF-16 is the protocol's default and every client's fallback; UTF-8 is
// the file's own bytes, so it is preferred when the client offers it.
const (
	encUTF16 = "utf-16"
	encUTF8  = "utf-8"
)

// text is an open document's bytes with its line starts, to turn the
// engine's byte offsets into LSP positions and back. A UTF-8 BOM is not
// counted in the first line's columns, as the engine's Position does and
// as editors, which hide it, count.
type text struct {
	src    []byte
	starts []int // byte offset of each line (0-based lines)
	enc    string
}

func newText(src []byte, enc string) *text {
	t := &text{src: src, starts: []int{0}, enc: enc}
	for i, b := range src {
		if b == '\n' {
			t.starts = append(t.starts, i+1)
		}
	}
	return t
}

// lineStart is where line n's columns start (after a BOM on line 0).
func (t *text) lineStart(n int) int {
	s := t.starts[n]
	if n == 0 && len(t.src) >= 3 && t.src[0] == 0xEF && t.src[1] == 0xBB && t.src[2] == 0xBF {
		s = 3
	}
	return s
}

// lineEnd is where line n's text ends, before "\n" or "\r\n".
func (t *text) lineEnd(n int) int {
	e := len(t.src)
	if n+1 < len(t.starts) {
		e = t.starts[n+1] - 1
		if e > t.starts[n] && t.src[e-1] == '\r' {
			e--
		}
	}
	return e
}

// line returns the 0-based line holding byte offset off.
func (t *text) line(off int) int {
	lo, hi := 0, len(t.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if t.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// units is the width of b in the negotiated encoding. An invalid byte is
// one character (U+FFFD) and so one UTF-16 unit, as the engine counts it.
func (t *text) units(b []byte) int {
	if t.enc == encUTF8 {
		return len(b)
	}
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n++
		if r >= 0x10000 {
			n++
		}
		b = b[size:]
	}
	return n
}

// position turns a byte offset into an LSP position.
func (t *text) position(off int) protocol.Position {
	off = min(max(off, 0), len(t.src))
	n := t.line(off)
	start := t.lineStart(n)
	col := 0
	if off > start {
		col = t.units(t.src[start:off])
	}
	return protocol.Position{Line: protocol.UInteger(n), Character: protocol.UInteger(col)}
}

func (t *text) rangeOf(start, end int) protocol.Range {
	return protocol.Range{Start: t.position(start), End: t.position(end)}
}

// offset turns an LSP position into a byte offset. A line past the end is
// the end of the text; a character past the line's end is the line's end,
// as the protocol asks.
func (t *text) offset(p protocol.Position) int {
	n := int(p.Line)
	if n >= len(t.starts) {
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
