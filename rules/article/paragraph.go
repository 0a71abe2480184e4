package article

import "sort"

// Paragraph is one block of prose: a line or blank-line-separated block of a
// plain-text file, a Markdown paragraph, heading or list item, an HTML <p>.
type Paragraph struct {
	Kind Kind
	Text string // the prose, markup removed
	Span Span   // from the first to the last source byte of the prose
	// runs map Text back to the source, in order; see SourceOffset.
	runs      []run
	field     *Field // the metadata field it was read from; nil in the body
	Sentences []Sentence
	Words     []Word
	// Chars is what one pass over Text, made when the paragraph is read,
	// learnt of its characters: the character rules skip a paragraph that
	// has none of the kind they look for, where each read every byte.
	Chars Chars
}

// Chars are facts about a paragraph's characters, each a kind it has none
// of. The zero value claims nothing.
type Chars uint8

// The facts of Chars.
const (
	// AllASCII: no byte of Text is 0x80 or above (no character beyond
	// ASCII, no invalid UTF-8).
	AllASCII Chars = 1 << iota
	// NoControl: no ASCII control character but tab and line feed (no
	// carriage return, NUL, DEL...).
	NoControl
)

// Has reports whether every fact of f holds.
func (c Chars) Has(f Chars) bool { return c&f == f }

// charsOf reads text once for its Chars.
func charsOf(text string) Chars {
	c := AllASCII | NoControl
	for i := 0; i < len(text); i++ {
		switch b := text[i]; {
		case b >= 0x80:
			c &^= AllASCII
		case b < 0x20 && b != '\t' && b != '\n' || b == 0x7F:
			c &^= NoControl
		}
	}
	return c
}

// run says that Text[text:text+tlen] came from Source[src:src+slen]. Where
// tlen == slen the bytes correspond one to one (the same, or white space
// normalised); where they differ (an HTML entity, a CRLF turned into a
// space) the run is atomic. Readers keep an entity whose text is as long as
// its source atomic by splitting it (see atomic).
type run struct {
	text, tlen int
	src, slen  int
}

// Sentence is a span of a paragraph's Text.
type Sentence struct {
	Start, End int // offsets into Paragraph.Text
	Span       Span
}

// Word is a word of a paragraph: letters and digits, with inner apostrophes,
// hyphens and full stops ("don't", "al-Sudani", "U.S.").
type Word struct {
	Text       string
	Start, End int // offsets into Paragraph.Text
	Span       Span
	// Fold is the word's hash folded for comparison (see FoldHash), and
	// Shape what its letters are: both made once, as the word is read,
	// for every rule to share.
	Fold  uint64
	Shape Shape
}

// NewParagraph builds a paragraph from pieces of source: each piece is the
// source span its text came from. The rule-facing Text is the pieces joined.
// Readers use it; rules and tests may too.
func NewParagraph(kind Kind, pieces []Piece) *Paragraph {
	p := &Paragraph{Kind: kind}
	var b []byte
	for _, pc := range pieces {
		if pc.Text == "" {
			continue
		}
		p.runs = append(p.runs, run{text: len(b), tlen: len(pc.Text), src: pc.Src.Start, slen: pc.Src.Len()})
		b = append(b, pc.Text...)
	}
	p.Text = string(b)
	if len(p.runs) > 0 {
		first, last := p.runs[0], p.runs[len(p.runs)-1]
		p.Span = Span{first.src, last.src + last.slen}
	}
	return p
}

// Piece is a bit of prose and the source bytes it stands for.
type Piece struct {
	Text string
	Src  Span
}

// SourceOffset maps an offset of Text to a byte offset of the source. An
// offset inside an atomic run (an entity) maps to the run's start; the end of
// Text maps to the end of the last run.
func (p *Paragraph) SourceOffset(t int) int {
	if len(p.runs) == 0 {
		return p.Span.Start
	}
	i := sort.Search(len(p.runs), func(i int) bool { return p.runs[i].text > t }) - 1
	if i < 0 {
		return p.runs[0].src
	}
	r := p.runs[i]
	d := t - r.text
	switch {
	case d >= r.tlen:
		return r.src + r.slen
	case r.tlen == r.slen:
		return r.src + d
	default:
		return r.src
	}
}

// Contiguous reports whether the Text range [start, end) comes from one
// stretch of source with nothing left out between its pieces: no tag,
// comment or other markup, whose bytes an edit of the span would destroy.
func (p *Paragraph) Contiguous(start, end int) bool {
	if end <= start || len(p.runs) == 0 {
		return true
	}
	i := sort.Search(len(p.runs), func(i int) bool { return p.runs[i].text > start }) - 1
	for i = max(i, 0); i+1 < len(p.runs) && p.runs[i+1].text < end; i++ {
		if r := p.runs[i]; r.src+r.slen != p.runs[i+1].src {
			return false
		}
	}
	return true
}

// SourceSpan maps the Text range [start, end) to the source span it came from.
// An end inside an atomic run extends to the run's end.
func (p *Paragraph) SourceSpan(start, end int) Span {
	s := p.SourceOffset(start)
	if end <= start {
		return Span{s, s}
	}
	e := p.SourceOffset(end - 1) // the last byte included
	i := sort.Search(len(p.runs), func(i int) bool { return p.runs[i].text > end-1 }) - 1
	if i >= 0 {
		r := p.runs[i]
		if r.tlen == r.slen {
			e++
		} else {
			e = r.src + r.slen
		}
	}
	return Span{s, e}
}

// Verbatim reports whether Text[start:end] stands in the source unchanged and
// in one piece, so that a fix replacing its source span replaces just it and
// no markup.
func (p *Paragraph) Verbatim(start, end int, src []byte) bool {
	sp := p.SourceSpan(start, end)
	return sp.Len() == end-start && string(src[sp.Start:sp.End]) == p.Text[start:end]
}

// index splits the paragraph into words and sentences.
func (p *Paragraph) index() {
	p.Chars = charsOf(p.Text)
	p.Words = splitWords(p.Text)
	for i := range p.Words {
		w := &p.Words[i]
		w.Span = p.SourceSpan(w.Start, w.End)
	}
	p.Sentences = splitSentences(p.Text)
	wi := 0
	for i := range p.Sentences {
		s := &p.Sentences[i]
		s.Span = p.SourceSpan(s.Start, s.End)
		// the first word of the sentence, after any opening quote or bracket
		for wi < len(p.Words) && p.Words[wi].Start < s.Start {
			wi++
		}
		if wi < len(p.Words) {
			p.Words[wi].Shape |= SentenceStart
		}
	}
}
