package report

import (
	"strconv"
	"unicode/utf8"
)

// indentedJSON appends JSON as encoding/json's Encoder writes it with
// SetIndent(prefix, "  ") and SetEscapeHTML(false), less the final newline.
// The JSON report writes its findings, most of its bytes, with it: the
// Encoder makes compact JSON by reflection and then indents it in a second
// pass over the bytes, where this writes each value once, in place. Each
// value's fields are written by hand, in the order of the struct's fields
// (TestIndentedJSON holds the two to the same bytes).
type indentedJSON struct {
	buf    []byte
	prefix string // begins each line but the first
	depth  int    // objects and arrays open
	empty  bool   // the object or array opened last has no member yet
}

// reset empties the buffer for a value whose lines after the first begin
// with prefix.
func (j *indentedJSON) reset(prefix string) {
	j.buf, j.prefix, j.depth, j.empty = j.buf[:0], prefix, 0, false
}

// open opens an object ('{') or an array ('[').
func (j *indentedJSON) open(c byte) {
	j.buf = append(j.buf, c)
	j.depth++
	j.empty = true
}

// close closes the object ('}') or array (']') open; an empty one is {} or [].
func (j *indentedJSON) close(c byte) {
	j.depth--
	if !j.empty {
		j.newline()
	}
	j.buf = append(j.buf, c)
	j.empty = false
}

// next starts a member of the object or array open: a comma after the one
// before, and a new line.
func (j *indentedJSON) next() {
	if !j.empty {
		j.buf = append(j.buf, ',')
	}
	j.empty = false
	j.newline()
}

func (j *indentedJSON) newline() {
	j.buf = append(j.buf, '\n')
	j.buf = append(j.buf, j.prefix...)
	for range j.depth {
		j.buf = append(j.buf, "  "...)
	}
}

// key starts the member of an object named k.
func (j *indentedJSON) key(k string) {
	j.next()
	j.buf = appendJSONString(j.buf, k)
	j.buf = append(j.buf, ':', ' ')
}

func (j *indentedJSON) text(s string)  { j.buf = appendJSONString(j.buf, s) }
func (j *indentedJSON) number(n int)   { j.buf = strconv.AppendInt(j.buf, int64(n), 10) }
func (j *indentedJSON) boolean(b bool) { j.buf = strconv.AppendBool(j.buf, b) }

// finding writes a finding as the JSON report gives it.
func (j *indentedJSON) finding(f *jsonFinding) {
	j.open('{')
	j.key("rule")
	j.text(f.Rule)
	j.key("severity")
	j.text(f.Severity)
	j.key("path")
	j.text(f.Path)
	j.key("message")
	j.text(f.Message)
	j.key("start")
	j.pos(f.Start)
	j.key("end")
	j.pos(f.End)
	j.key("text")
	j.text(f.Text)
	j.key("related")
	j.open('[')
	for _, r := range f.Related {
		j.next()
		j.open('{')
		j.key("path")
		j.text(r.Path)
		j.key("message")
		j.text(r.Message)
		j.key("start")
		j.pos(r.Start)
		j.key("end")
		j.pos(r.End)
		j.close('}')
	}
	j.close(']')
	j.key("fixes")
	j.open('[')
	for _, fx := range f.Fixes {
		j.next()
		j.fix(fx)
	}
	j.close(']')
	j.key("fingerprint")
	j.text(f.Fingerprint)
	j.close('}')
}

func (j *indentedJSON) fix(fx jsonFix) {
	j.open('{')
	j.key("message")
	j.text(fx.Message)
	j.key("safe")
	j.boolean(fx.Safe)
	j.key("edits")
	j.open('[')
	for _, e := range fx.Edits {
		j.next()
		j.open('{')
		j.key("start")
		j.pos(e.Start)
		j.key("end")
		j.pos(e.End)
		j.key("newText")
		j.text(e.NewText)
		j.close('}')
	}
	j.close(']')
	j.close('}')
}

func (j *indentedJSON) pos(p jsonPos) {
	j.open('{')
	j.key("offset")
	j.number(p.Offset)
	j.key("line")
	j.number(p.Line)
	j.key("column")
	j.number(p.Column)
	j.key("utf16Column")
	j.number(p.UTF16Column)
	j.close('}')
}

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping off: quote, backslash and control characters escaped (\n,
// \r, \t, \b, \f by name, the others as \u00XX), an invalid byte as
// \ufffd, U+2028 and U+2029 escaped, everything else as it is.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0 // s[start:i] is yet to be copied
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= ' ' && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
