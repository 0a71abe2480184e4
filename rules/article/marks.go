package article

import (
	"sort"
	"unicode/utf8"
)

// markEvery is the spacing in bytes of the running-count marks of a file:
// a lookup decodes at most about this much past the nearest mark.
const markEvery = 1024

// mark records, at a character boundary off, how many code points and
// UTF-16 units the file's text (after any BOM) holds before it.
//
// Decoding from the file's start meets every line start on a boundary, as
// "\n" is one byte that no multi-byte sequence can swallow, so counts from
// the file start differ from counts from a line start by a constant.
type mark struct{ off, runes, units int }

// buildMarks counts the whole file once, keeping a mark every markEvery bytes.
func (l *Lines) buildMarks() {
	src := l.src
	i := 0
	if hasBOM(src) {
		i = 3
	}
	marks := make([]mark, 0, 1+len(src)/markEvery)
	marks = append(marks, mark{off: i})
	runes, units := 0, 0
	next := i + markEvery
	for i < len(src) {
		if i >= next {
			marks = append(marks, mark{i, runes, units})
			next = i + markEvery
		}
		r, size := utf8.DecodeRune(src[i:])
		runes++
		units += utf16Units(r)
		i += size
	}
	l.marks = marks
}

// countTo returns the code points and UTF-16 units of the file's text before
// byte offset off (a character that off falls inside is not counted).
func (l *Lines) countTo(off int) (runes, units int) {
	l.marksOnce.Do(l.buildMarks)
	k := sort.Search(len(l.marks), func(k int) bool { return l.marks[k].off > off }) - 1
	if k < 0 { // inside the BOM
		return 0, 0
	}
	m := l.marks[k]
	r, u := countFrom(l.src, m.off, off)
	return m.runes + r, m.units + u
}

// runesBetween is the number of code points in src[from:to], both boundaries.
func (l *Lines) runesBetween(from, to int) int {
	r0, _ := l.countTo(from)
	r1, _ := l.countTo(to)
	return r1 - r0
}

// seekRunes returns the offset of the last mark at or after from that is at
// most n code points past from: a boundary from which to decode the rest.
func (l *Lines) seekRunes(from, n int) int {
	r0, _ := l.countTo(from)
	k := sort.Search(len(l.marks), func(k int) bool { return l.marks[k].runes > r0+n }) - 1
	if k < 0 || l.marks[k].off < from {
		return from
	}
	return l.marks[k].off
}

// countFrom counts the code points and UTF-16 units from boundary i up to
// off, decoding as ranging over a string does (an invalid byte is one
// U+FFFD). A character that off falls inside is not counted.
func countFrom(src []byte, i, off int) (runes, units int) {
	for i < off {
		r, size := utf8.DecodeRune(src[i:])
		if i+size > off {
			break
		}
		runes++
		units += utf16Units(r)
		i += size
	}
	return runes, units
}

// utf16Units is 2 for a character outside the Basic Multilingual Plane
// (a surrogate pair), else 1; U+FFFD for an invalid byte is one unit.
func utf16Units(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
