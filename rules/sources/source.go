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
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// Source is one file of the record.
type Source struct {
	Path  string
	Words []Word // in file order; offsets are the file's bytes
	Turns []Turn // in order of From
	Lines *article.Lines
	// Text is the file's bytes, for quoting the record's words in a fix.
	Text []byte
}

// Turn is a speaker's turn: from word From to the next turn.
type Turn struct {
	From    int
	Speaker string // as labelled: "TRUMP", "Speaker 1", "Q"; "" when unknown
}

// SpeakerAt is the speaker of word w, or "" when the file does not say.
func (s *Source) SpeakerAt(w int) string {
	i := sort.Search(len(s.Turns), func(i int) bool { return s.Turns[i].From > w }) - 1
	if i < 0 {
		return ""
	}
	return s.Turns[i].Speaker
}

// Line is the 1-based line of byte offset off.
func (s *Source) Line(off int) int { return s.Lines.Line(off) }

// Read reads a source file of any format copydesk knows: WebVTT (.vtt), SRT
// (.srt), Markdown and HTML (through the article reader), and plain text
// (anything else), speaker-labelled or not.
func Read(path string, data []byte) (*Source, error) {
	s := &Source{Path: path, Lines: article.NewLines(data), Text: data}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".vtt", ".srt":
		s.readSubtitles(string(data))
		return s, nil
	}
	if f, ok := article.FormatOf(path); ok && f != article.Text {
		a, err := article.Parse(path, f, data)
		if err != nil {
			return nil, err
		}
		s.readArticle(a)
		return s, nil
	}
	if err := notText(data); err != nil {
		return nil, err
	}
	s.readText(string(data))
	return s, nil
}

// turn starts a turn of speaker at the next word, unless it is already
// the speaker's.
func (s *Source) turn(speaker string) {
	if n := len(s.Turns); n > 0 && s.Turns[n-1].Speaker == speaker {
		return
	}
	if n := len(s.Turns); n > 0 && s.Turns[n-1].From == len(s.Words) {
		s.Turns[n-1].Speaker = speaker
		return
	}
	s.Turns = append(s.Turns, Turn{From: len(s.Words), Speaker: speaker})
}

// add appends the words of text, which starts at byte base of the file.
func (s *Source) add(text string, base int) {
	for _, w := range Words(mask(text)) {
		w.Start += base
		w.End += base
		s.Words = append(s.Words, w)
	}
}

// stageDirections are not speech: "[laughter]", "(APPLAUSE)", "(CROSSTALK)".
var stageDirections = regexp.MustCompile(`\[[^\]\n]*\]|\([A-Z][A-Z ,.'’-]*\)|<[^>\n]*>`)

// mask blanks stage directions and tags, keeping every offset.
func mask(text string) string {
	if !strings.ContainsAny(text, "[(<") {
		return text
	}
	return stageDirections.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// lines splits text into lines with their byte offsets (without "\r\n").
func lines(text string) ([]string, []int) {
	var ls []string
	var at []int
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
func (s *Source) readText(text string) {
	ls, at := lines(text)
	titled := titledLabels(ls)
	for i, l := range ls {
		if name, n := label(l, titled); n > 0 {
			s.turn(name)
			s.add(l[n:], at[i]+n)
			continue
		}
		s.add(l, at[i])
	}
}

// readArticle reads Markdown or HTML prose, a label opening a paragraph
// starting a turn.
func (s *Source) readArticle(a *article.Article) {
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	titled := titledLabels(texts)
	for _, p := range a.Paragraphs {
		name, n := label(p.Text, titled)
		if n > 0 {
			s.turn(name)
		}
		for _, w := range Words(mask(p.Text[n:])) {
			sp := p.SourceSpan(w.Start+n, w.End+n)
			s.Words = append(s.Words, Word{Key: w.Key, Start: sp.Start, End: sp.End})
		}
	}
}

var voiceTag = regexp.MustCompile(`<v(?:\.[\w.-]+)?\s+([^>]+)>`)

// readSubtitles reads WebVTT or SRT: the text of each cue, without the
// header, cue numbers and timings, NOTE, STYLE and REGION blocks; a
// <v Name> voice or a label starts a speaker's turn.
func (s *Source) readSubtitles(text string) {
	ls, at := lines(text)
	titled := titledLabels(ls)
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
