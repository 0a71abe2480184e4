package article

import (
	"strings"
	"unicode"
)

// Placeholder stands in a paragraph's Text for something in the flow of a
// sentence that is not prose: a code span, an image, a URL. Dropping such
// things outright would glue their neighbours together ("run  now") or make
// a repeated word appear ("the `the` rule"); the placeholder is neither a
// letter nor a space, so words and sentences split around it. It maps to
// the source of the thing it replaces.
const Placeholder = '\uFFFC'

// addParagraph trims the pieces and adds them as a paragraph, unless nothing
// but spaces and placeholders is left.
func (a *Article) addParagraph(kind Kind, pieces []Piece) {
	pieces = trimPieces(pieces, a.Source)
	for _, pc := range pieces {
		if strings.IndexFunc(pc.Text, isProse) >= 0 {
			a.Paragraphs = append(a.Paragraphs, NewParagraph(kind, pieces))
			return
		}
	}
}

func isProse(r rune) bool { return r != Placeholder && !unicode.IsSpace(r) }

// trimPieces removes white space from both ends of a paragraph. A piece that
// stands for its source byte for byte is narrowed; a piece that does not (an
// entity, a line ending) can only be dropped whole.
func trimPieces(ps []Piece, src []byte) []Piece {
	for len(ps) > 0 {
		p := &ps[0]
		t := strings.TrimLeftFunc(p.Text, unicode.IsSpace)
		if t != "" && t != p.Text && verbatim(*p, src) {
			p.Src.Start += len(p.Text) - len(t)
			p.Text = t
		}
		if strings.TrimSpace(p.Text) != "" {
			break
		}
		ps = ps[1:]
	}
	for len(ps) > 0 {
		p := &ps[len(ps)-1]
		t := strings.TrimRightFunc(p.Text, unicode.IsSpace)
		if t != "" && t != p.Text && verbatim(*p, src) {
			p.Src.End -= len(p.Text) - len(t)
			p.Text = t
		}
		if strings.TrimSpace(p.Text) != "" {
			break
		}
		ps = ps[:len(ps)-1]
	}
	return ps
}

// verbatim reports whether a piece's text is its source bytes.
func verbatim(p Piece, src []byte) bool {
	return p.Src.Len() == len(p.Text) && string(src[p.Src.Start:p.Src.End]) == p.Text
}

// atomic returns the pieces for text that stands for src as a whole, such as
// an entity. A run whose text and source have the same length reads as byte
// for byte (see run), so when "&ngE;" decodes to five bytes the last byte is
// split off onto an empty source span to keep the run atomic.
func atomic(text string, src Span) []Piece {
	if len(text) != src.Len() || len(text) < 2 {
		return []Piece{{Text: text, Src: src}}
	}
	n := len(text) - 1
	return []Piece{{Text: text[:n], Src: src}, {Text: text[n:], Src: Span{src.End, src.End}}}
}
