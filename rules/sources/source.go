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
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
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

	// the words with their spans are made when first asked for (see
	// Words): a run holds a thousand transcripts, of which its quotations
	// come from a few
	once  sync.Once
	words []Word
}

// Turn is a speaker's turn: from word From to the next turn.
type Turn struct {
	From    int
	Speaker string // as labelled: "TRUMP", "Speaker 1", "Q"; "" when unknown
	named   bool   // Named(Speaker), asked for every passage a quotation may be from
}

// SpeakerAt is the speaker of word w, or "" when the file does not say.
func (s *Source) SpeakerAt(w int) string {
	i := sort.Search(len(s.Turns), func(i int) bool { return s.Turns[i].From > w }) - 1
	if i < 0 {
		return ""
	}
	return s.Turns[i].Speaker
}

// namedAt reports whether word w is spoken by a speaker the file names.
func (s *Source) namedAt(w int) bool {
	i := sort.Search(len(s.Turns), func(i int) bool { return s.Turns[i].From > w }) - 1
	return i >= 0 && s.Turns[i].named
}

// Line is the 1-based line of byte offset off.
func (s *Source) Line(off int) int { return s.Lines.Line(off) }

// Len is the number of words of the source.
func (s *Source) Len() int { return s.n }

// Words are the source's words in file order, their offsets the file's
// bytes. They are read from Text again the first time they are asked for,
// by the same reader, so they are the words the index counted.
func (s *Source) Words() []Word {
	s.once.Do(func() {
		s.words = make([]Word, 0, s.n)
		var kb keyBuf
		_, _, _ = scan(s.Path, s.Text, func(w string, start, end int) {
			s.words = append(s.words, Word{Key: string(kb.key(w)), Start: start, End: end})
		})
	})
	return s.words
}

// Read reads a source file of any format copydesk knows: WebVTT (.vtt), SRT
// (.srt), Markdown and HTML (through the article reader), and plain text
// (anything else), speaker-labelled or not.
func Read(path string, data []byte) (*Source, error) {
	return read(path, data, func(string, int, int) {})
}

// read reads a source, calling word for each of its words as written.
func read(path string, data []byte, word func(w string, start, end int)) (*Source, error) {
	turns, n, err := scan(path, data, word)
	if err != nil {
		return nil, err
	}
	return &Source{Path: path, Lines: article.NewLines(data), Text: data, Turns: turns, n: n}, nil
}

// scan reads the words of a source file in order, calling word for each,
// and returns its speakers' turns and how many words it has.
func scan(path string, data []byte, word func(w string, start, end int)) ([]Turn, int, error) {
	s := &scanner{word: word}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".vtt", ".srt":
		s.readSubtitles(view(data))
		return s.turns, s.n, nil
	}
	if f, ok := article.FormatOf(path); ok && f != article.Text {
		a, err := article.Parse(path, f, data)
		if err != nil {
			return nil, 0, err
		}
		s.readArticle(a)
		return s.turns, s.n, nil
	}
	if err := notText(data); err != nil {
		return nil, 0, err
	}
	s.readText(view(data))
	return s.turns, s.n, nil
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
}

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

// mask blanks stage directions and tags, which are not speech, keeping
// every offset: "[laughter]", "(APPLAUSE)", "(CROSSTALK)", "<i>". (A
// pattern did this, at a cost a thousand transcripts felt.)
func mask(text string) string {
	if strings.IndexByte(text, '[') < 0 && strings.IndexByte(text, '(') < 0 && strings.IndexByte(text, '<') < 0 {
		return text // (three quick searches, quicker than one for any of three)
	}
	var b []byte
	for i := 0; i < len(text); i++ {
		n := stageDirection(text[i:])
		if n == 0 {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for k := i; k < i+n; k++ {
			b[k] = ' '
		}
		i += n - 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// stageDirection is the length of the stage direction or tag text starts
// with, or 0: "[" to "]", "<" to ">" (on one line), or "(" and a capital
// to ")" over capitals, spaces and , . ' ’ -.
func stageDirection(text string) int {
	switch text[0] {
	case '[', '<':
		end := byte(']')
		if text[0] == '<' {
			end = '>'
		}
		if i := strings.IndexAny(text[1:], string(end)+"\n"); i >= 0 && text[1+i] == end {
			return i + 2
		}
	case '(':
		if len(text) < 3 || text[1] < 'A' || text[1] > 'Z' {
			return 0
		}
		for i := 2; i < len(text); i++ {
			switch c := text[i]; {
			case c == ')':
				return i + 1
			case 'A' <= c && c <= 'Z', c == ' ', c == ',', c == '.', c == '\'', c == '-':
			case strings.HasPrefix(text[i:], "’"):
				i += len("’") - 1
			default:
				return 0
			}
		}
	}
	return 0
}

// eachLine calls f with each line of text (without "\r\n") and its offset.
func eachLine(text string, f func(l string, at int)) {
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(text)-off, len(text)
		}
		f(strings.TrimSuffix(text[off:off+end], "\r"), off)
		off = next
	}
}

// lines splits text into lines with their byte offsets (without "\r\n").
func lines(text string) ([]string, []int) {
	n := strings.Count(text, "\n") + 1
	ls := make([]string, 0, n)
	at := make([]int, 0, n)
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(text)-off, len(text)
		}
		ls = append(ls, strings.TrimSuffix(text[off:off+end], "\r"))
		at = append(at, off)
		off = next
	}
	return ls, at
}

// readText reads plain text: a label opens a speaker's turn, which goes on
// over unlabelled lines until the next label.
func (s *scanner) readText(text string) {
	titled := titledLabels(func(yield func(string) bool) {
		for off := 0; off < len(text); {
			end := strings.IndexByte(text[off:], '\n')
			if end < 0 {
				end = len(text) - off
			}
			if !yield(strings.TrimSuffix(text[off:off+end], "\r")) {
				return
			}
			off += end + 1
		}
	})
	eachLine(text, func(l string, at int) {
		if name, n := label(l, titled); n > 0 {
			s.turn(name)
			s.add(l[n:], at+n)
			return
		}
		s.add(l, at)
	})
}

// readArticle reads Markdown or HTML prose, a label opening a paragraph
// starting a turn.
func (s *scanner) readArticle(a *article.Article) {
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	titled := titledLabels(slices.Values(texts))
	for _, p := range a.Paragraphs {
		name, n := label(p.Text, titled)
		if n > 0 {
			s.turn(name)
		}
		scanWords(mask(p.Text[n:]), func(w string, start, end int) {
			sp := p.SourceSpan(start+n, end+n)
			s.n++
			s.word(w, sp.Start, sp.End)
		})
	}
}

var voiceTag = regexp.MustCompile(`<v(?:\.[\w.-]+)?\s+([^>]+)>`)

// readSubtitles reads WebVTT or SRT: the text of each cue, without the
// header, cue numbers and timings, NOTE, STYLE and REGION blocks; a
// <v Name> voice or a label starts a speaker's turn.
func (s *scanner) readSubtitles(text string) {
	ls, at := lines(text)
	titled := titledLabels(slices.Values(ls))
	skipBlock := false
	for i, l := range ls {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			skipBlock = false
			continue
		case skipBlock:
			continue
		case i == 0 && strings.HasPrefix(strings.TrimPrefix(t, "\uFEFF"), "WEBVTT"),
			t == "NOTE" || strings.HasPrefix(t, "NOTE ") || t == "STYLE" || t == "REGION":
			skipBlock = true
			continue
		case strings.Contains(t, "-->"):
			continue
		case i+1 < len(ls) && strings.Contains(ls[i+1], "-->"):
			continue // a cue's number or identifier
		}
		if m := voiceTag.FindStringSubmatch(l); m != nil {
			s.turn(strings.TrimSpace(m[1]))
		}
		if name, n := label(l, titled); n > 0 {
			s.turn(name)
			s.add(l[n:], at[i]+n)
			continue
		}
		s.add(l, at[i])
	}
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
