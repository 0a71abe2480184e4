// Package sources reads the desk's record of what was said — transcripts,
// interview notes, press releases, subtitles — and indexes its words so
// that a quotation can be held against it (the misquote rule).
//
// A source is read into one stream of words, each with its byte span in
// the file (positions are the file's bytes, never a normalised copy), and
// the turns of its speakers: a transcript's "TRUMP:" or "Speaker 1
// (00:01:02):" labels, a subtitle's <v Name> voice. Quotations may run
// across lines and paragraphs, so the stream does not break at them.
package sources

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unsafe"

	"github.com/copydesk/copydesk/rules/article"
)

// Source is one file of the record.
type Source struct {
	Path  string
	Turns []Turn // in order of From
	Lines *article.Lines
	// Text is the file's bytes, for quoting the record's words in a fix.
	Text []byte
	n    int // how many words
	// marks, in a plain-text source, say where a reading may start: at
	// line marks[i].off, word marks[i].word, one every markEvery words or
	// so (see WordsOf)
	marks []mark
}

type mark struct{ off, word uint32 }

// markEvery: a passage's words are read from the mark before it, a few
// hundred words away, not from the file's start: a run checks a thousand
// quotations, each against a transcript of tens of thousands of words.
const markEvery = 256

// Turn is a speaker's turn: from word From to the next turn.
type Turn struct {
	From    int
	Speaker string // as labelled: "TRUMP", "Speaker 1", "Q"; "" when unknown
	named   bool   // Named(Speaker), asked for every passage a quotation may be from
}

// SpeakerAt is the speaker of word w, or "" when the file does not say.
func (s *Source) SpeakerAt(w int) string {
	if t := s.turnAt(w); t != nil {
		return t.Speaker
	}
	return ""
}

// namedAt reports whether word w is spoken by a speaker the file names.
func (s *Source) namedAt(w int) bool {
	t := s.turnAt(w)
	return t != nil && t.named
}

// turnAt is the turn word w is in, or nil before the first.
func (s *Source) turnAt(w int) *Turn {
	i := sort.Search(len(s.Turns), func(i int) bool { return s.Turns[i].From > w }) - 1
	if i < 0 {
		return nil
	}
	return &s.Turns[i]
}

// Line is the 1-based line of byte offset off.
func (s *Source) Line(off int) int { return s.Lines.Line(off) }

// Len is the number of words of the source.
func (s *Source) Len() int { return s.n }

// Words are the source's words in file order, their offsets the file's
// bytes, read from Text again by the same reader, so they are the words
// the index counted. They are made anew at every call and not kept: the
// index of a server lives long, and a quotation needs the words of its
// source only while it is checked (see WordsOf, which the misquote rule
// uses).
func (s *Source) Words() []Word {
	words := make([]Word, 0, s.n)
	var kb keyBuf
	_, _, _ = scan(s.Path, s.Text, func(w string, start, end int) {
		words = append(words, Word{Key: string(kb.key(w)), Start: start, End: end})
	})
	return words
}

// WordsOf is s.Words()[from:to] for s, one of the index's sources (nil
// when it is not), made without a string per word: the keys are the
// vocabulary's own, by the ids the index holds of the same reading. The
// misquote rule asks for the passage of every quotation it checks: made
// for it and let go, they hold no memory past it, and cost a reading of
// the file up to the passage: of a plain-text file, from the mark before
// the passage, else from the start.
func (ix *Index) WordsOf(s *Source, from, to int) []Word {
	if ix == nil {
		return nil
	}
	for si := sort.Search(len(ix.Sources), func(i int) bool { return ix.Sources[i].Path >= s.Path }); si < len(ix.Sources) && ix.Sources[si].Path == s.Path; si++ {
		if ix.Sources[si] != s {
			continue
		}
		ids := ix.ids[ix.first[si]:ix.first[si+1]]
		from, to = max(0, from), min(to, len(ids))
		words := make([]Word, 0, max(0, to-from))
		n := 0 // the word's place in the source
		sc := &scanner{limit: to, word: func(_ string, start, end int) {
			if from <= n && n < to {
				words = append(words, Word{Key: ix.keys[ids[n]], Start: start, End: end})
			}
			n++
		}}
		if len(s.marks) == 0 {
			_ = sc.scan(s.Path, s.Text)
			return words
		}
		// plain text: from the line of the last mark at or before from
		// (the first is at the start), the labels known from the whole file
		i := sort.Search(len(s.marks), func(i int) bool { return int(s.marks[i].word) > from }) - 1
		m := s.marks[max(0, i)]
		n, sc.n = int(m.word), int(m.word)
		text := view(s.Text)
		sc.readLines(text, int(m.off), titledLabels(onlyLines(text)))
		return words
	}
	return nil
}

// Read reads a source file of any format copydesk knows: WebVTT (.vtt), SRT
// (.srt), Markdown and HTML (through the article reader), and plain text
// (anything else), speaker-labelled or not.
func Read(path string, data []byte) (*Source, error) {
	return read(path, data, func(string, int, int) {})
}

// read reads a source, calling word for each of its words as written.
func read(path string, data []byte, word func(w string, start, end int)) (*Source, error) {
	s := &scanner{word: word, limit: -1, marking: true}
	if err := s.scan(path, data); err != nil {
		return nil, err
	}
	return &Source{Path: path, Lines: article.NewLines(data), Text: data, Turns: s.turns, n: s.n, marks: s.marks}, nil
}

// scan reads the words of a source file in order, calling word for each,
// and returns its speakers' turns and how many words it has.
func scan(path string, data []byte, word func(w string, start, end int)) ([]Turn, int, error) {
	s := &scanner{word: word, limit: -1}
	err := s.scan(path, data)
	return s.turns, s.n, err
}

// scan reads the words of a source file in order, calling s.word for each.
func (s *scanner) scan(path string, data []byte) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".vtt", ".srt":
		s.readSubtitles(view(data))
		return nil
	}
	if f, ok := article.FormatOf(path); ok && f != article.Text {
		a, err := article.Parse(path, f, data)
		if err != nil {
			return err
		}
		s.readArticle(a)
		return nil
	}
	if err := notText(data); err != nil {
		return err
	}
	s.readText(view(data))
	return nil
}

// view is data as a string without a copy of it: a source's bytes are
// read once and never written after (see Load), and a thousand transcripts
// copied to be read would double what the run holds.
func view(data []byte) string {
	return unsafe.String(unsafe.SliceData(data), len(data))
}

// scanner is one reading of a source: its turns so far and how many words.
type scanner struct {
	turns []Turn
	n     int
	word  func(w string, start, end int)
	// limit: the reader needs no word past this one (-1: all), and the
	// reading may stop at the end of the line, cue or paragraph holding it
	limit int
	// marking: the marks of plain text are made (see Source.marks)
	marking bool
	marks   []mark
}

// done: the reader has had the words it asked for.
func (s *scanner) done() bool { return s.limit >= 0 && s.n >= s.limit }

// turn starts a turn of speaker at the next word, unless it is already
// the speaker's.
func (s *scanner) turn(speaker string) {
	if n := len(s.turns); n > 0 && s.turns[n-1].Speaker == speaker {
		return
	}
	if n := len(s.turns); n > 0 && s.turns[n-1].From == s.n {
		s.turns[n-1].Speaker, s.turns[n-1].named = speaker, Named(speaker)
		return
	}
	s.turns = append(s.turns, Turn{From: s.n, Speaker: speaker, named: Named(speaker)})
}

// add reads the words of text, which starts at byte base of the file.
func (s *scanner) add(text string, base int) {
	scanWords(mask(text), func(w string, start, end int) {
		s.n++
		s.word(w, start+base, end+base)
	})
}

// notText refuses what is plainly not text: UTF-16 or UTF-32 (a byte-order
// mark) or NUL bytes (a binary file). Invalid UTF-8 is read (a transcript
// saved as Windows-1252 still has its words); the article reader's fuller
// test costs a parse of the whole file.
func notText(data []byte) error {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return fmt.Errorf("UTF-16 or UTF-32 text: %w (convert it to UTF-8)", article.ErrNotText)
	case bytes.IndexByte(data, 0) >= 0:
		return fmt.Errorf("a NUL byte: %w", article.ErrNotText)
	}
	return nil
}
