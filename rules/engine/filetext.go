package engine

import (
	"sort"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// FileText is what the reports of one file's findings read of the file:
// the place of each offset they name and the lines they show. A compact
// one (NewFileText) is made in the worker once the file's findings are
// final, so the article, its source and line table, can be dropped there
// and a run's memory holds only a few lines a finding, not every file.
// A full one (FullText) wraps a whole article, for batch rules, whose
// findings may point into any file, and for a diff of a file's fixes.
type FileText struct {
	Path string
	size int

	full  *article.Article
	chars []int // full: UTF-16 units of text before each line, made on first use

	places map[int]Place // compact: every offset the findings and warnings name
	chunks []chunk       // compact: runs of whole lines, by position
}

// Place is a position in every unit a report may ask for.
type Place struct {
	article.Position
	Char int // UTF-16 code units from the start of the text (after any BOM)
}

// chunk is a run of consecutive whole lines of a file, with their endings.
type chunk struct {
	first  int   // number of its first line
	starts []int // byte offset of each of its lines
	end    int   // offset just past its last line's ending (or the end of the file)
	text   []byte
}

// FullText wraps a whole article.
func FullText(a *article.Article) *FileText {
	return &FileText{Path: a.Path, size: len(a.Source), full: a}
}

// NewFileText keeps of a what reports of its findings and warnings need:
// the lines each finding spans and each one-line fix touches, and the
// place of every offset they name in the file.
func NewFileText(a *article.Article, fs []rules.Finding) *FileText {
	t := &FileText{Path: a.Path, size: len(a.Source), places: map[int]Place{}}
	var offs []int
	var spans []article.Span // line ranges to keep, as byte spans
	add := func(s article.Span) { offs = append(offs, s.Start, s.End) }
	for _, f := range fs {
		add(f.Span)
		spans = append(spans, f.Span)
		for _, r := range f.Related {
			if r.Path == "" || r.Path == a.Path {
				add(r.Span)
			}
		}
		for _, fx := range f.Fixes {
			for _, e := range fx.Edits {
				add(e.Span)
			}
			if len(fx.Edits) > 0 { // a fix's word diff shows its line
				spans = append(spans, article.Span{Start: fx.Edits[0].Span.Start, End: fx.Edits[len(fx.Edits)-1].Span.End})
			}
		}
	}
	for _, w := range a.Warnings {
		offs = append(offs, w.Offset)
	}
	full := FullText(a)
	for _, off := range offs {
		if _, ok := t.places[off]; !ok {
			t.places[off] = full.Place(off)
		}
	}
	t.keepLines(a, spans)
	return t
}

// keepLines copies the lines the spans cover, merging runs that touch.
func (t *FileText) keepLines(a *article.Article, spans []article.Span) {
	type run struct{ from, to int } // line numbers, inclusive
	var runs []run
	clamp := func(off int) int { return min(max(off, 0), len(a.Source)) }
	for _, s := range spans {
		from, to := a.Lines.Line(clamp(s.Start)), a.Lines.Line(clamp(s.End))
		runs = append(runs, run{min(from, to), max(from, to)})
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].from < runs[j].from })
	for i := 0; i < len(runs); {
		r := runs[i]
		for i++; i < len(runs) && runs[i].from <= r.to+1; i++ {
			r.to = max(r.to, runs[i].to)
		}
		c := chunk{first: r.from, end: len(a.Source)}
		for n := r.from; n <= r.to; n++ {
			c.starts = append(c.starts, a.Lines.LineStart(n))
		}
		if r.to < a.Lines.Count() {
			c.end = a.Lines.LineStart(r.to + 1)
		}
		c.text = append([]byte(nil), a.Source[c.starts[0]:c.end]...)
		t.chunks = append(t.chunks, c)
	}
}

// Full returns the whole article, or nil for a compact text.
func (t *FileText) Full() *article.Article { return t.full }

// Place returns the position of byte offset off, clamped to the file. A
// compact text knows only the offsets its findings and warnings name.
func (t *FileText) Place(off int) Place {
	if t.full == nil {
		return t.places[off]
	}
	a := t.full
	off = min(max(off, 0), len(a.Source))
	p := a.Lines.Position(off)
	return Place{Position: p, Char: t.lineChars()[p.Line-1] + p.UTF16 - 1}
}

// lineChars counts UTF-16 units up to each line start, in one pass over
// the file, so that a character offset costs a look-up, not a pass. A BOM
// is not text: it is left out here as Position leaves it out of columns. An
// invalid byte counts as one unit, as it does in columns (it is U+FFFD).
func (t *FileText) lineChars() []int {
	if t.chars != nil {
		return t.chars
	}
	a := t.full
	src := a.Source
	s := make([]int, a.Lines.Count())
	i, n := 0, 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		i = 3
	}
	for line := 2; line <= len(s); line++ {
		end := a.Lines.LineStart(line)
		n += article.UTF16Len(src[i:end])
		s[line-1] = n
		i = end
	}
	t.chars = s
	return s
}

// Line returns the number of the line holding byte offset off, which must
// be one the text knows (a named offset, or one in a kept line).
func (t *FileText) Line(off int) int {
	if t.full != nil {
		return t.full.Lines.Line(off)
	}
	if p, ok := t.places[off]; ok {
		return p.Line
	}
	c := t.chunkAt(off)
	if c == nil {
		return 0
	}
	return c.first + sort.Search(len(c.starts), func(i int) bool { return c.starts[i] > off }) - 1
}

// chunkAt returns the kept run holding offset off, or nil.
func (t *FileText) chunkAt(off int) *chunk {
	i := sort.Search(len(t.chunks), func(i int) bool { return t.chunks[i].end > off })
	if i == len(t.chunks) || t.chunks[i].starts[0] > off {
		if i > 0 && t.chunks[i-1].end == off { // the end of the file
			return &t.chunks[i-1]
		}
		return nil
	}
	return &t.chunks[i]
}

// chunkOf returns the kept run holding line n, or nil.
func (t *FileText) chunkOf(n int) *chunk {
	i := sort.Search(len(t.chunks), func(i int) bool { return t.chunks[i].first+len(t.chunks[i].starts) > n })
	if i == len(t.chunks) || t.chunks[i].first > n {
		return nil
	}
	return &t.chunks[i]
}

// LineSpan returns where line n starts and ends (before its line ending),
// and false for a line the text did not keep.
func (t *FileText) LineSpan(n int) (article.Span, bool) {
	if t.full != nil {
		if n < 1 || n > t.full.Lines.Count() {
			return article.Span{}, false
		}
		return article.Span{Start: t.full.Lines.LineStart(n), End: t.full.Lines.LineEnd(n)}, true
	}
	c := t.chunkOf(n)
	if c == nil {
		return article.Span{}, false
	}
	k := n - c.first
	start, end := c.starts[k], c.end
	if k+1 < len(c.starts) {
		end = c.starts[k+1]
	}
	// as Lines.LineEnd: before "\n", and before a "\r" that precedes it
	if end > start && c.text[end-1-c.starts[0]] == '\n' {
		end--
	}
	if end > start && c.text[end-1-c.starts[0]] == '\r' {
		end--
	}
	return article.Span{Start: start, End: end}, true
}

// Bytes returns the file's bytes in s, or nil when s is not all in one run
// of kept lines (or outside the file).
func (t *FileText) Bytes(s article.Span) []byte {
	if s.Start < 0 || s.Start > s.End {
		return nil
	}
	if t.full != nil {
		if s.End > len(t.full.Source) {
			return nil
		}
		return t.full.Source[s.Start:s.End]
	}
	c := t.chunkAt(s.Start)
	if c == nil || s.End > c.end {
		return nil
	}
	return c.text[s.Start-c.starts[0] : s.End-c.starts[0]]
}

// Len is the length of the file in bytes.
func (t *FileText) Len() int { return t.size }
