// Package article is copydesk's document model: an article read from plain
// text, Markdown or HTML into paragraphs, sentences and words, each carrying
// its exact byte span in the file as given.
//
// The file's bytes are the one truth. A paragraph's Text is its prose with
// markup removed; every byte of Text maps back to the source through the
// paragraph's runs, so a rule may match on Text and still report exact places.
// Things inside a sentence that are not prose (code spans, URLs, images)
// stand in Text as one Placeholder character each.
//
// The headline and standfirst kept in metadata (Markdown front matter, the
// HTML <title> and <meta> descriptions) are read as paragraphs too, each
// tied to its Field, whose quoting a fix must respect (see Field).
package article

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of the source file.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Format is the markup an article was written in.
type Format string

// The formats copydesk reads.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// FormatOf picks a format from a file name's extension; ok is false for a
// name that is not an article.
func FormatOf(name string) (f Format, ok bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return Text, true
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown, true
	case ".html", ".htm", ".xhtml":
		return HTML, true
	}
	return Text, false
}

// Kind is what a paragraph is in the article's structure.
type Kind string

// Paragraph kinds.
const (
	Body      Kind = "body"      // ordinary prose
	Heading   Kind = "heading"   // a Markdown or HTML heading
	ListItem  Kind = "list-item" // an item of a list
	Quotation Kind = "blockquote"
	Cell      Kind = "cell" // a table cell
	// Standfirst is the summary under a headline, read from metadata: a
	// front-matter description, summary or subtitle, an HTML meta
	// description. (A title field reads as a Heading: the headline.)
	Standfirst Kind = "standfirst"
)

// Article is one file's prose.
type Article struct {
	Path       string // as given on the command line, or --stdin-filename
	Format     Format
	Source     []byte // the file's bytes, untouched
	Lines      *Lines
	Paragraphs []*Paragraph
	Warnings   []Warning // problems with the input that do not stop checking
	// Comments are the byte spans of the HTML comments that are markup (in
	// an HTML file, or raw HTML in Markdown), in order: where copydesk's
	// suppression comments count. A "<!--" in a code block or span, or in
	// text, is not one.
	Comments []Span
	// Fields are the metadata values read as prose (front matter, the
	// HTML <title> and <meta> descriptions), in order; see Field.
	Fields []*Field

	arena *arena // the paragraphs' words and sentences (see index)
}

// Options say how to read articles.
type Options struct {
	// Fields are the names of the metadata fields read as prose: keys of
	// Markdown front matter, and in HTML the <title> (as "title") and
	// <meta name=NAME> or <meta property="og:NAME"> content. A field named
	// "title" is the headline (a Heading paragraph); any other is a
	// Standfirst. Nil means DefaultFields; an empty list reads none.
	Fields []string
}

// DefaultFields are the metadata fields read when Options.Fields is nil.
var DefaultFields = []string{"title", "description", "summary", "subtitle"}

// fieldKind is the kind of paragraph a metadata field makes.
func fieldKind(name string) Kind {
	if name == "title" {
		return Heading
	}
	return Standfirst
}

// Warning is a problem with an input file, such as invalid UTF-8.
type Warning struct {
	Offset  int
	Message string
}

// Parse reads src as an article of the given format, with the default
// Options.
func Parse(path string, format Format, src []byte) (*Article, error) {
	return ParseWith(path, format, src, Options{})
}

// ParseWith reads src as an article of the given format.
func ParseWith(path string, format Format, src []byte, opts Options) (*Article, error) {
	if err := notText(src); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	a := &Article{Path: path, Format: format, Source: src, Lines: NewLines(src)}
	a.checkEncoding()
	fields := opts.Fields
	if fields == nil {
		fields = DefaultFields
	}
	var err error
	switch format {
	case Markdown:
		err = a.readMarkdown(fields)
	case HTML:
		err = a.readHTML(fields)
	default:
		a.readText(a.bodyStart())
	}
	if err != nil {
		return nil, fmt.Errorf("%s: reading %s: %w", path, format, err)
	}
	a.index()
	return a, nil
}

// index splits every paragraph into words and sentences. The article's
// words are made in one slice, and its sentences in another: a
// paragraph's are a part of them (see Paragraph.index), where a slice of
// its own for each cost an allocation or more a paragraph and the garbage
// of growing them. The slices are those of an article released (see
// Release) when there is one. The sentences' slice is sized beforehand to
// hold them all, by counting them.
//
// Counting the words costs a pass over the text, so the words' slice is
// taken without counting them when a guess from the text's length says
// it holds them; should the guess fall short, the slice grows (the
// paragraphs before keep their words where they are). When the guess
// says it does not, the words are counted, for a slice of just that size.
func (a *Article) index() {
	ar, _ := arenas.Get().(*arena)
	if ar == nil {
		ar = &arena{}
	}
	a.indexIn(ar)
}

// indexIn is index with the arena to fill given (a test gives one too
// small for the words).
func (a *Article) indexIn(ar *arena) {
	size, ns := 0, 0
	for _, p := range a.Paragraphs {
		size += len(p.Text)
		ns += countSentences(p.Text)
	}
	if guess := size/bytesPerWord + 1; ar.words == nil || cap(ar.words) < guess {
		nw := 0
		for _, p := range a.Paragraphs {
			nw += countWords(p.Text)
		}
		if ar.words == nil || cap(ar.words) < nw { // a paragraph with no words has an empty Words, not nil
			ar.words = make([]Word, 0, nw)
		}
	}
	if cap(ar.sents) < ns {
		ar.sents = make([]Sentence, 0, ns)
	}
	words, sents := ar.words[:0], ar.sents[:0]
	for _, p := range a.Paragraphs {
		words, sents = p.index(words, sents)
	}
	ar.words, ar.sents = words, sents
	a.arena = ar
}

// bytesPerWord is fewer bytes than a word of prose and the space after it
// take on average (about six in English news copy), so that an article's
// words seldom outnumber the guess of index.
const bytesPerWord = 4

// arena holds the words and sentences of an article's paragraphs.
type arena struct {
	words []Word
	sents []Sentence
}

// arenas are the arenas of the articles released, for the next to reuse.
var arenas sync.Pool

// maxPooledWords bounds the arenas kept for reuse: that of a huge article
// (or of one whose every other byte is a full stop, for which room is made
// for a sentence a stop) is let go, not kept for the small ones after it.
const maxPooledWords = 1 << 14

// Release ends the article's paragraphs (Paragraphs is nil after it), so
// that the next article read reuses the memory of their words and
// sentences: a run over many files, which is done with each once its
// findings are final, then spares the garbage collector most of what
// reading costs. Nothing of the paragraphs (a Words or Sentences slice, a
// Word) may be used after it.
func (a *Article) Release() {
	ar := a.arena
	a.arena, a.Paragraphs = nil, nil
	if ar == nil || cap(ar.words) > maxPooledWords || cap(ar.sents) > maxPooledWords {
		return
	}
	clear(ar.words) // let go of the paragraphs' text, which the words point into
	ar.words, ar.sents = ar.words[:0], ar.sents[:0]
	arenas.Put(ar)
}

// ErrNotText is the error Parse returns for input that is not UTF-8 text.
var ErrNotText = errors.New("not UTF-8 text")

// notText refuses input that is not UTF-8 text at all: UTF-16 or UTF-32
// (by its byte-order mark), or a file with a stretch of 8 KB anywhere (the
// whole file, if shorter) in which three bytes in ten or more are NUL or
// invalid UTF-8 (NUL alone in a file under 256 bytes): a binary file, UTF-16
// without a mark, or text with a binary region (an attachment pasted in, a
// file concatenated with an image). Checking such a file would report noise at every byte. A stray
// NUL, or words in another encoding here and there, are findings instead.
func notText(src []byte) error {
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(src, []byte{0, 0, 0xFE, 0xFF}):
		return fmt.Errorf("%w: it is UTF-32 (it starts with a UTF-32 byte-order mark); convert it to UTF-8 to check it", ErrNotText)
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return fmt.Errorf("%w: it is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8 to check it", ErrNotText)
	}
	start, end, found := binaryRegion(src)
	if !found {
		return nil
	}
	bad := 0
	for i := start; i < end; {
		isBad, size := badAt(src, i, len(src) < 256)
		if isBad {
			bad++
		}
		i += size
	}
	where := fmt.Sprintf("its first %d bytes", end)
	if start > 0 {
		where = fmt.Sprintf("the %d bytes from offset %d", end-start, start)
	}
	return fmt.Errorf("%w: %d of %s are NUL or invalid UTF-8; "+
		"if it is text in another encoding (UTF-16, say), convert it to UTF-8; if it is binary, leave it out",
		ErrNotText, bad, where)
}

// sniffWindow is the length of text notText judges at once: a binary
// region is found wherever it is, and a few odd bytes in a long text never
// add up to one.
const sniffWindow = 8192

// binaryRegion finds the first window of sniffWindow bytes (the whole of a
// shorter file) of which three-tenths or more are NUL or invalid UTF-8, and
// returns the span of sniffWindow bytes from the window's first bad one, in
// one pass: it keeps the offsets of the bad bytes in the last window in a
// ring, so a file with a few bad bytes costs no more than one without.
func binaryRegion(src []byte) (start, end int, found bool) {
	w := min(len(src), sniffWindow)
	if w < 8 || bytes.IndexByte(src, 0) < 0 && utf8.Valid(src) {
		return 0, 0, false // the usual case, at memory speed
	}
	need := (w*3 + 9) / 10 // bad bytes in a window that make it binary
	short := len(src) < 256
	var ring []int // offsets of the bad bytes in the window ending here
	head, n := 0, 0
	for i := 0; i < len(src); {
		bad, size := badAt(src, i, short)
		if bad {
			for n > 0 && ring[head] <= i-w { // out of the window now
				head, n = (head+1)%need, n-1
			}
			if ring == nil {
				ring = make([]int, need)
			}
			ring[(head+n)%need] = i
			if n++; n == need {
				start = ring[head] // where the region starts, near enough
				return start, min(len(src), start+w), true
			}
		}
		i += size
	}
	return 0, 0, false
}

// badAt says whether the character at src[i] is NUL or an invalid UTF-8
// byte (a NUL only, if nulOnly: in a few bytes, invalid ones are a finding,
// while NULs still say UTF-16), and how many bytes it takes.
func badAt(src []byte, i int, nulOnly bool) (bad bool, size int) {
	if b := src[i]; b < utf8.RuneSelf {
		return b == 0, 1
	}
	r, size := utf8.DecodeRune(src[i:])
	return r == utf8.RuneError && size == 1 && !nulOnly, size
}

// checkEncoding records a warning at the first invalid UTF-8 byte. Checking
// goes on: invalid bytes are not letters, and offsets stay byte-exact.
func (a *Article) checkEncoding() {
	if utf8.Valid(a.Source) {
		return
	}
	bad, n := -1, 0
	for i := 0; i < len(a.Source); {
		r, size := utf8.DecodeRune(a.Source[i:])
		if r == utf8.RuneError && size == 1 {
			if bad < 0 {
				bad = i
			}
			n++
		}
		i += size
	}
	a.Warnings = append(a.Warnings, Warning{Offset: bad, Message: fmt.Sprintf(
		"file is not valid UTF-8 (%d invalid byte(s), first here); is it in another encoding?", n)})
}

// bodyStart is where content begins, after a UTF-8 byte order mark.
func (a *Article) bodyStart() int {
	if hasBOM(a.Source) {
		return 3
	}
	return 0
}

// Words returns every word of the article in order.
func (a *Article) Words() []Word {
	var ws []Word
	for _, p := range a.Paragraphs {
		ws = append(ws, p.Words...)
	}
	return ws
}
