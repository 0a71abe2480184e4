package article

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// checkArticle verifies what every reader promises, whatever the input:
// spans lie in the file and in order, word and sentence offsets agree with
// the paragraph's Text, and offsets round-trip through line and column.
func checkArticle(a *Article) error {
	n, last := len(a.Source), 0
	inFile := func(what string, s Span) error {
		if s.Start < 0 || s.Start > s.End || s.End > n {
			return fmt.Errorf("%s span %v outside [0,%d]", what, s, n)
		}
		return nil
	}
	for i, c := range a.Comments {
		if err := inFile("comment", c); err != nil {
			return err
		}
		if !bytes.HasPrefix(a.Source[c.Start:c.End], []byte("<!--")) || i > 0 && c.Start < a.Comments[i-1].End {
			return fmt.Errorf("comment %d %v: %q is not a comment in order", i, c, a.Source[c.Start:c.End])
		}
	}
	if err := checkFieldSpans(a, inFile); err != nil {
		return err
	}
	for i, p := range a.Paragraphs {
		if err := inFile("paragraph", p.Span); err != nil {
			return err
		}
		if p.Span.Start < last {
			return fmt.Errorf("paragraph %d starts at %d, before the last ended (%d)", i, p.Span.Start, last)
		}
		last = p.Span.End
		if err := checkParagraph(p, inFile); err != nil {
			return fmt.Errorf("paragraph %d %q: %w", i, p.Text, err)
		}
	}
	return checkRoundTrip(a.Lines, a.Source, wordOffsets(a))
}

// checkFieldSpans: fields are in order, each value inside its construct,
// and a paragraph read from a field lies inside its value.
func checkFieldSpans(a *Article, inFile func(string, Span) error) error {
	last := 0
	for i, f := range a.Fields {
		if err := inFile("field", f.Whole); err != nil {
			return err
		}
		if f.Whole.Start < last || f.Value.Start < f.Whole.Start || f.Value.End > f.Whole.End || f.Value.Start > f.Value.End {
			return fmt.Errorf("field %d %+v out of order, or its value outside it", i, f)
		}
		last = f.Whole.End
	}
	for _, p := range a.Paragraphs {
		if f := p.field; f != nil && (p.Span.Start < f.Value.Start || p.Span.End > f.Value.End) {
			return fmt.Errorf("paragraph %q %v outside its field's value %v", p.Text, p.Span, f.Value)
		}
	}
	return nil
}

func checkParagraph(p *Paragraph, inFile func(string, Span) error) error {
	prev := p.Span.Start
	for _, w := range p.Words {
		if err := inFile("word", w.Span); err != nil {
			return err
		}
		if w.Span.Start < prev || w.Span.End > p.Span.End {
			return fmt.Errorf("word %q span %v out of order or outside %v", w.Text, w.Span, p.Span)
		}
		if p.Text[w.Start:w.End] != w.Text {
			return fmt.Errorf("word %q is %q in Text", w.Text, p.Text[w.Start:w.End])
		}
		// the tokeniser learns Fold and Shape as it reads: as wordFacts does
		if fold, shape := wordFacts(w.Text); w.Fold != fold || w.Shape&^SentenceStart != shape {
			return fmt.Errorf("word %q: Fold %x, Shape %08b; wordFacts gives %x, %08b", w.Text, w.Fold, w.Shape, fold, shape)
		}
		if utf8.ValidString(p.Text) && !utf8.ValidString(w.Text) {
			return fmt.Errorf("word %q splits a character", w.Text)
		}
		if sp := p.SourceSpan(w.Start, w.End); w.Span != sp {
			return fmt.Errorf("word %q span %v, but SourceSpan gives %v", w.Text, w.Span, sp)
		}
		prev = w.Span.End
	}
	// the article's words and sentences are made in slices sized by these
	if n := countWords(p.Text); n < len(p.Words) {
		return fmt.Errorf("countWords %d, but %d words", n, len(p.Words))
	}
	if n := countSentences(p.Text); n < len(p.Sentences) {
		return fmt.Errorf("countSentences %d, but %d sentences", n, len(p.Sentences))
	}
	prev = p.Span.Start
	for _, s := range p.Sentences {
		if err := inFile("sentence", s.Span); err != nil {
			return err
		}
		if s.Start > s.End || s.End > len(p.Text) || s.Span.Start < prev || s.Span.End > p.Span.End {
			return fmt.Errorf("sentence %v (span %v) out of order or outside %v", s, s.Span, p.Span)
		}
		if utf8.ValidString(p.Text) && !utf8.ValidString(p.Text[s.Start:s.End]) {
			return fmt.Errorf("sentence %q splits a character", p.Text[s.Start:s.End])
		}
		if sp := p.SourceSpan(s.Start, s.End); s.Span != sp {
			return fmt.Errorf("sentence %v span %v, but SourceSpan gives %v", s, s.Span, sp)
		}
		prev = s.Span.End
	}
	return nil
}

func wordOffsets(a *Article) []int {
	var offs []int
	for _, w := range a.Words() {
		offs = append(offs, w.Span.Start, w.Span.End)
	}
	return offs
}

// checkRoundTrip checks that Offset undoes Position at the given offsets,
// or at every rune boundary when offs is nil. Offsets inside a byte order
// mark or a line ending have no column of their own and are skipped.
func checkRoundTrip(l *Lines, src []byte, offs []int) error {
	if offs == nil {
		for i := 0; i <= len(src); {
			offs = append(offs, i)
			if i == len(src) {
				break
			}
			_, size := utf8.DecodeRune(src[i:])
			i += size
		}
	}
	for _, off := range offs {
		if hasBOM(src) && off < 3 {
			continue
		}
		line := l.Line(off)
		if off > l.LineEnd(line) {
			continue
		}
		pos := l.Position(off)
		if got := l.Offset(pos.Line, pos.Column); got != off {
			return fmt.Errorf("offset %d → %d:%d → offset %d", off, pos.Line, pos.Column, got)
		}
	}
	return nil
}
