package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"

	"golang.org/x/net/html"
)

// readHTML reads the prose of an HTML file. It runs the tokenizer rather
// than html.Parse, because the parser's tree does not say where its text came
// from, while every token's Raw bytes follow on from the last one's, so a
// running total is an exact offset.
//
// Block elements (p, h1, li, td, div, …) delimit paragraphs; inline ones (a,
// em, span, …) do not. The <title> and the content of <meta> tags named in
// fields are read as the headline and standfirst (see htmlhead.go). Scripts,
// styles, <pre>, a <title> not in fields and the like are left out; inline
// <code> and <img> become a Placeholder. White space runs read as one space,
// or one "\n" when they hold a line break, as a browser shows them.
func (a *Article) readHTML(fields []string) error {
	r := &htmlReader{a: a, fields: fields}
	off := a.bodyStart()
	z := html.NewTokenizer(bytes.NewReader(a.Source[off:]))
	for {
		tt := z.Next()
		start := off
		off += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				r.endTitle(off, off) // a <title> never closed ends with the file
				r.flush()
				return nil
			}
			return fmt.Errorf("at byte %d: %w", start, z.Err())
		case html.TextToken:
			if r.skip == "" {
				r.text(start, off)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			r.open(string(name), tt == html.SelfClosingTagToken, start, off)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.close(string(name), start, off)
		case html.CommentToken:
			if bytes.HasPrefix(a.Source[start:off], []byte("<!--")) { // not a "<!x>" or "</ >" taken for one
				a.Comments = append(a.Comments, Span{start, off})
			}
		}
	}
}

// htmlReader is the state of reading one HTML file.
type htmlReader struct {
	a      *Article
	pieces []Piece        // the paragraph being read
	stack  []openBlock    // open block elements, innermost last
	counts map[string]int // how many of each element (headings as "h") the stack holds
	deeper int            // block elements opened beyond maxDepth, and not on the stack
	skip   string         // the element whose content is being left out, if any
	depth  int            // how deeply skip is nested in itself
	from   int            // where skip began, for its placeholder
	br     bool           // the last thing read was a <br>
	quotes int            // how many <q> elements are open
	fields []string       // the metadata fields read as prose
	title  *Field         // the <title> being read, if any
}

func (r *htmlReader) open(name string, selfClosing bool, start, end int) {
	if r.skip != "" {
		if name == r.skip && !selfClosing {
			r.depth++
		}
		return
	}
	switch {
	case name == "br":
		r.lineBreak(start, end)
	case name == "img":
		r.add(string(Placeholder), start, end)
	case name == "title" && !selfClosing && slices.Contains(r.fields, "title"):
		r.flush()
		r.title = &Field{Name: "title", Value: Span{end, end}, Whole: Span{start, end}, Quoting: HTMLTitle}
	case name == "meta" && !r.reading():
		r.flush() // white space only
		r.meta(start, end)
	case name == "q" && !selfClosing:
		// A browser shows <q> as quotation marks; so does Text, so that
		// the quote rules see the quotation. Nested ones take single marks.
		r.quotes++
		r.add(quoteMark(r.quotes, true), start, end)
	case skipped[name] && !selfClosing:
		if blocks[name] {
			r.flush()
		}
		r.skip, r.depth, r.from = name, 1, start
	case blocks[name]:
		r.flush()
		r.closeImplied(name)
		if !selfClosing && !void[name] {
			r.push(name)
		}
	}
}

func (r *htmlReader) close(name string, start, end int) {
	if r.skip != "" {
		if name == r.skip {
			if r.depth--; r.depth == 0 {
				if placeheld[name] {
					r.add(string(Placeholder), r.from, end)
				}
				r.skip = ""
			}
		}
		return
	}
	if name == "title" && r.title != nil {
		r.endTitle(start, end)
		return
	}
	if name == "br" { // browsers read </br> as <br>
		r.lineBreak(end, end)
		return
	}
	if name == "q" && r.quotes > 0 {
		r.add(quoteMark(r.quotes, false), start, end)
		r.quotes--
		return
	}
	if !blocks[name] {
		return
	}
	r.flush()
	if r.deeper > 0 {
		r.deeper-- // closes an element beyond the cap
		return
	}
	if r.counts[blockKey(name)] == 0 {
		return // a stray end tag: nothing to close
	}
	// The element is on the stack, so each one looked at is popped: the
	// work is paid for by the pushes.
	for {
		top := r.pop()
		if blockKey(top) == blockKey(name) {
			return
		}
	}
}

// quoteMark is the mark a <q> at nesting depth n opens or closes with.
func quoteMark(n int, open bool) string {
	switch {
	case n%2 == 1 && open:
		return "“"
	case n%2 == 1:
		return "”"
	case open:
		return "‘"
	}
	return "’"
}

// lineBreak reads a <br> as a line break; two in a row end the paragraph,
// as many content systems write paragraphs.
func (r *htmlReader) lineBreak(start, end int) {
	if r.br {
		r.flush()
		return
	}
	r.add("\n", start, end)
	r.br = true
}

func (r *htmlReader) flush() {
	r.a.addParagraph(r.kind(), r.pieces)
	r.pieces, r.br = nil, false
}

func (r *htmlReader) add(text string, start, end int) {
	if text == "" {
		return
	}
	r.pieces = append(r.pieces, Piece{Text: text, Src: Span{start, end}})
}

// text adds the text token at [start, end). Entities are decoded and white
// space runs collapsed, each into an atomic piece.
func (r *htmlReader) text(start, end int) {
	if len(bytes.Trim(r.a.Source[start:end], " \t\n\r\f")) > 0 {
		r.br = false
	}
	r.pieces = decodeHTML(r.pieces, r.a.Source[:end], start, false)
}

// decodeHTML appends the pieces of the HTML text src[start:]: entities
// decoded and white space runs collapsed (one space, or "\n" for a run with
// a line break), each into an atomic piece. In an attribute value, a named
// reference without its ";" followed by a letter, digit or "=" is not one,
// as browsers read it.
func decodeHTML(pieces []Piece, src []byte, start int, attr bool) []Piece {
	end := len(src)
	add := func(text string, s, e int) {
		if text != "" {
			pieces = append(pieces, Piece{Text: text, Src: Span{s, e}})
		}
	}
	from := start
	for i := start; i < end; {
		t, n := "", 0
		switch c := src[i]; {
		case isHTMLSpace(c):
			n = 1
			for i+n < end && isHTMLSpace(src[i+n]) {
				n++
			}
			t = " "
			if bytes.ContainsAny(src[i:i+n], "\r\n") {
				t = "\n"
			}
			if n == 1 && c == ' ' {
				i++ // a single space stands as it is
				continue
			}
		case c == '&':
			t, n = entityAt(src, i, false)
			if attr && n > 0 && src[i+n-1] != ';' && i+n < end && (isAlnum(src[i+n]) || src[i+n] == '=') {
				n = 0
			}
		}
		if n == 0 {
			i++
			continue
		}
		add(string(src[from:i]), from, i)
		for _, pc := range atomic(t, Span{i, i + n}) {
			add(pc.Text, pc.Src.Start, pc.Src.End)
		}
		i += n
		from = i
	}
	add(string(src[from:end]), from, end)
	return pieces
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
