package article

import "strings"

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
	var broken Chars // the facts some byte breaks
	for i := 0; i < len(text); i++ {
		broken |= breaks[text[i]]
	}
	return (AllASCII | NoControl) &^ broken
}

// breaks are the facts of Chars that each byte breaks.
var breaks = func() (t [256]Chars) {
	for b := range t {
		switch {
		case b >= 0x80:
			t[b] = AllASCII
		case b < 0x20 && b != '\t' && b != '\n' || b == 0x7F:
			t[b] = NoControl
		}
	}
	return t
}()

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
	n, size := 0, 0 // the pieces with text, and their length
	for _, pc := range pieces {
		if pc.Text != "" {
			n++
			size += len(pc.Text)
		}
	}
	p.runs = make([]run, 0, n)
	var b strings.Builder
	if n > 1 {
		b.Grow(size)
	}
	for _, pc := range pieces {
		if pc.Text == "" {
			continue
		}
		p.runs = append(p.runs, run{text: b.Len(), tlen: len(pc.Text), src: pc.Src.Start, slen: pc.Src.Len()})
		if n == 1 {
			p.Text = pc.Text // a paragraph of one piece (a line of text) is that piece, not a copy
			break
		}
		b.WriteString(pc.Text)
	}
	if n > 1 {
		p.Text = b.String()
	}
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
	return p.offsetIn(p.runAt(t), t)
}

// runAt returns the index of the run Text offset t falls in: the last run
// that starts at or before t, or -1 when there is none.
func (p *Paragraph) runAt(t int) int {
	lo, hi := 0, len(p.runs) // the first run starting after t is in runs[lo:hi+1]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.runs[m].text > t {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo - 1
}

// runFrom is runAt(t) for a t at or after the start of run i (any t when i
// is -1): it looks forward from i, which costs less than a search when
// offsets are mapped in order, as index maps its words.
func (p *Paragraph) runFrom(i, t int) int {
	for i+1 < len(p.runs) && p.runs[i+1].text <= t {
		i++
	}
	return i
}

// offsetIn is SourceOffset(t) given i, the run t falls in (runAt).
func (p *Paragraph) offsetIn(i, t int) int {
	if len(p.runs) == 0 {
		return p.Span.Start
	}
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
	for i := max(p.runAt(start), 0); i+1 < len(p.runs) && p.runs[i+1].text < end; i++ {
		if r := p.runs[i]; r.src+r.slen != p.runs[i+1].src {
			return false
		}
	}
	return true
}

// SourceSpan maps the Text range [start, end) to the source span it came from.
// An end inside an atomic run extends to the run's end.
func (p *Paragraph) SourceSpan(start, end int) Span {
	i := p.runAt(start)
	j := i
	if end > start {
		j = p.runAt(end - 1)
	}
	return p.spanIn(i, j, start, end)
}

// spanIn is SourceSpan(start, end) given the runs that start and end-1
// fall in (runAt): i and j.
func (p *Paragraph) spanIn(i, j, start, end int) Span {
	s := p.offsetIn(i, start)
	if end <= start {
		return Span{s, s}
	}
	e := p.offsetIn(j, end-1) // the last byte included
	if j >= 0 {
		r := p.runs[j]
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

// index splits the paragraph into words and sentences, appending them to
// words and sents, the article's (see Article.index): the paragraph's Words
// and Sentences are its part of them, capped so that appending to one
// cannot overwrite the next paragraph's.
func (p *Paragraph) index(words []Word, sents []Sentence) ([]Word, []Sentence) {
	p.Chars = charsOf(p.Text)
	from := len(words)
	words = appendWords(words, p.Text)
	p.Words = words[from:len(words):len(words)]
	// A paragraph of one run that is its source byte for byte (a line of
	// text, most often) maps every offset by the same shift; any other
	// maps its offsets through its runs.
	shift, verbatim := 0, len(p.runs) == 1 && p.runs[0].tlen == p.runs[0].slen
	if verbatim {
		shift = p.runs[0].src - p.runs[0].text
	}
	run := -1 // the run of the last offset mapped: words come in order
	for k := range p.Words {
		w := &p.Words[k]
		if verbatim {
			w.Span = Span{w.Start + shift, w.End + shift}
			continue
		}
		i := p.runFrom(run, w.Start)
		run = p.runFrom(i, w.End-1)
		w.Span = p.spanIn(i, run, w.Start, w.End)
	}
	from = len(sents)
	sents = appendSentences(sents, p.Text)
	if len(sents) > from {
		p.Sentences = sents[from:len(sents):len(sents)]
	}
	run = -1
	wi := 0
	for k := range p.Sentences {
		s := &p.Sentences[k]
		if verbatim {
			s.Span = Span{s.Start + shift, s.End + shift}
		} else {
			i := p.runFrom(run, s.Start)
			run = p.runFrom(i, max(s.End-1, s.Start))
			s.Span = p.spanIn(i, run, s.Start, s.End)
		}
		// the first word of the sentence, after any opening quote or bracket
		for wi < len(p.Words) && p.Words[wi].Start < s.Start {
			wi++
		}
		if wi < len(p.Words) {
			p.Words[wi].Shape |= SentenceStart
		}
	}
	return words, sents
}
