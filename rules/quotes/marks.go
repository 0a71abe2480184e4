package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// family is the kind of quote mark: double (“ ” ") or single (‘ ’ ').
type family uint8

const (
	double family = iota
	single
)

// direction says which way a mark faces, as far as its neighbours tell.
type direction uint8

const (
	opening direction = iota
	closing
	either // a straight mark with space, or letters, on both sides
)

// mark is one quote mark of a paragraph's Text that may open or close a
// quotation. Apostrophes are never marks.
type mark struct {
	at, size int // byte offset and length in Text
	fam      family
	dir      direction
	straight bool
	// weak marks may turn out to be apostrophes: a straight ' before a word
	// ('em, 'til) and a ’ or ' after one (the plural possessive, Shia’).
	// A weak mark is used only when it pairs; it is never reported alone.
	weak bool
}

// appendMarks appends the quote marks of text to ms, telling apostrophes
// apart (the pairer reuses one slice for every paragraph of an article).
func appendMarks(ms []mark, text string) []mark {
	s := newMarkScanner(text)
	for m, ok := s.next(); ok; m, ok = s.next() {
		ms = append(ms, m)
	}
	return ms
}

// markScanner reads the quote marks of a text in order. Only three bytes
// may begin a mark: " and ' are ASCII, and the curly marks “ „ ” ‘ ’ are
// all encoded from 0xE2. None is ever a continuation byte of another
// character, so the scanner jumps from one such byte to the next, found
// by a fast search for each of the three (strings.IndexByte), where a
// look at every byte cost more than anything else the quote rules do.
type markScanner struct {
	text string
	at   int // where the next mark is looked for
	// near[k] is the offset of the first markBytes[k] at or after the
	// last place it was looked for from, len(text) when there is none,
	// -1 before it is looked for.
	near [len(markBytes)]int
}

// markBytes are the bytes that may begin a quote mark.
var markBytes = [...]byte{'"', '\'', 0xE2}

func newMarkScanner(text string) markScanner {
	return markScanner{text: text, near: [len(markBytes)]int{-1, -1, -1}}
}

// next returns the next quote mark, or false when there is none.
func (s *markScanner) next() (mark, bool) {
	for s.at < len(s.text) {
		i := s.nextStart()
		if i == len(s.text) {
			break
		}
		r, size := utf8.DecodeRuneInString(s.text[i:])
		m, ok := classify(s.text, i, r, size)
		if ok {
			size = m.size
		}
		s.at = i + size
		if ok {
			return m, true
		}
	}
	s.at = len(s.text)
	return mark{}, false
}

// nextStart returns the offset of the first byte at or after s.at that may
// begin a mark, or len(text).
func (s *markScanner) nextStart() int {
	first := len(s.text)
	for k, b := range markBytes {
		if s.near[k] < s.at {
			s.near[k] = len(s.text)
			if j := strings.IndexByte(s.text[s.at:], b); j >= 0 {
				s.near[k] = s.at + j
			}
		}
		first = min(first, s.near[k])
	}
	return first
}

func classify(text string, i int, r rune, size int) (mark, bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if i == 0 {
		prev = ' '
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if i+size >= len(text) {
		next = ' '
	}
	m := mark{at: i, size: size}
	switch r {
	case '“', '„':
		return m, true
	case '”':
		m.dir = closing
		return m, true
	case '"':
		m.straight = true
		m.dir = flank(prev, next)
		if unicode.IsDigit(prev) && m.dir != opening {
			m.dir, m.weak = closing, true // 5' 10", an inch mark unless it pairs
		}
		return m, true
	case '\'':
		if strings.HasPrefix(text[i+1:], "'") { // ''quote'', as some wires write it
			m.size, m.straight = 2, true
			next, _ = utf8.DecodeRuneInString(text[i+2:])
			if i+2 >= len(text) {
				next = ' '
			}
			m.dir = flank(prev, next)
			return m, true
		}
		return classifySingle(text, i, r, prev, next, m)
	case '‘', '’':
		return classifySingle(text, i, r, prev, next, m)
	}
	return m, false
}

// classifySingle tells a single quote mark from an apostrophe.
func classifySingle(text string, i int, r, prev, next rune, m mark) (mark, bool) {
	m.fam = single
	m.straight = r == '\''
	if isLetter(prev) && isLetter(next) { // don’t, Baghdad’s
		return m, false
	}
	rest := text[i+len(string(r)):]
	if leftFlank(prev) && isElision(rest) { // ’90s, ’em, rock ’n’ roll
		return m, false
	}
	if prev == 'n' && r != '‘' && endsWithMark(text[:i-1]) {
		return m, false // the second mark of ’n’
	}
	switch {
	case r == '‘':
		m.dir = opening
	case r == '’':
		m.dir, m.weak = closing, true
		if leftFlank(prev) && !rightFlank(next) {
			m.dir = opening // a ’ misused as an opening mark
		}
	default:
		m.dir = flank(prev, next)
		m.weak = true
	}
	return m, true
}

// isElision reports whether rest (the text after a mark) starts with a
// word whose first letters were elided: ’90s, ’em, ’til, ’n’.
func isElision(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsDigit(r) {
		return true
	}
	w := rest
	if j := strings.IndexFunc(rest, func(r rune) bool { return !isLetter(r) }); j >= 0 {
		w = rest[:j]
	}
	switch strings.ToLower(w) {
	case "em", "til", "tis", "twas", "cause", "bout", "n", "round", "nuff":
		return true
	}
	return false
}

// flank gives a straight mark's direction from the runes either side.
func flank(prev, next rune) direction {
	l, r := leftFlank(prev), rightFlank(next)
	switch {
	case l && r && unicode.IsSpace(prev) && isMark(next):
		return opening // "'Oh no,' she said"
	case l && r && isMark(prev) && (unicode.IsSpace(next) || next == 0):
		return closing // he said 'no.'"
	case l && !r:
		return opening
	case r && !l:
		return closing
	}
	return either
}

// leftFlank reports whether a mark after prev may open: prev is a space, the
// start, an opening bracket, a dash or another mark.
func leftFlank(prev rune) bool {
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/“‘\"'«", prev)
}

// rightFlank reports whether a mark before next may close.
func rightFlank(next rune) bool {
	return unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]}—–…”’\"'»", next)
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func endsWithMark(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '’' || r == '‘' || r == '\''
}

func isMark(r rune) bool { return strings.ContainsRune("\"'‘’“”", r) }
