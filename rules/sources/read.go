package sources

import (
	"iter"
	"regexp"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

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

// eachLine yields each line of text (without "\r\n") and its offset: the
// one line splitter of the readers.
func eachLine(text string) iter.Seq2[string, int] {
	return func(yield func(l string, at int) bool) {
		for off := 0; off < len(text); {
			end := strings.IndexByte(text[off:], '\n')
			next := off + end + 1
			if end < 0 {
				end, next = len(text)-off, len(text)
			}
			if !yield(strings.TrimSuffix(text[off:off+end], "\r"), off) {
				return
			}
			off = next
		}
	}
}

// onlyLines is the lines of text without their offsets.
func onlyLines(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for l := range eachLine(text) {
			if !yield(l) {
				return
			}
		}
	}
}

// readText reads plain text: a label opens a speaker's turn, which goes on
// over unlabelled lines until the next label.
func (s *scanner) readText(text string) {
	s.readLines(text, 0, titledLabels(onlyLines(text)))
}

// readLines reads plain text from byte from, the start of a line, on;
// titled are the title-case labels of the whole file.
func (s *scanner) readLines(text string, from int, titled map[string]bool) {
	next := 0 // the word of the next mark
	for l, at := range eachLine(text[from:]) {
		at += from
		if s.done() {
			return
		}
		if s.marking && s.n >= next {
			s.marks = append(s.marks, mark{uint32(at), uint32(s.n)})
			next = s.n + markEvery
		}
		if name, n := label(l, titled); n > 0 {
			s.turn(name)
			s.add(l[n:], at+n)
			continue
		}
		s.add(l, at)
	}
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
		if s.done() {
			return
		}
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
	// (as a list: a cue's number is known by the line after it)
	var ls []string
	var at []int
	for l, off := range eachLine(text) {
		ls, at = append(ls, l), append(at, off)
	}
	titled := titledLabels(slices.Values(ls))
	skipBlock := false
	for i, l := range ls {
		if s.done() {
			return
		}
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
