package article

import (
	"bytes"
	"encoding/binary"
	"sort"
	"sync"
	"unicode/utf8"
)

// Lines turns byte offsets of one file into line and column numbers, in the
// manner of go/token.File: the start offset of every line is recorded once,
// and a lookup is a binary search.
//
// A line ends after "\n"; a "\r" before it belongs to the line ending, so a
// CRLF file numbers its lines exactly as an LF one does.
//
// Columns count code points from the line start. On a long line (a whole
// article without a newline) decoding from the line start for every lookup
// would make a report quadratic, so the first lookup far into a line builds
// a table of running counts every markEvery bytes, and later
// lookups decode only from the nearest mark.
type Lines struct {
	src    []byte
	starts []int // starts[i] is the byte offset at which line i+1 begins

	marksOnce sync.Once // rules and reports may ask from several goroutines
	marks     []mark
}

// NewLines indexes src.
func NewLines(src []byte) *Lines {
	starts := make([]int, 1, 1+len(src)/64)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	return &Lines{src: src, starts: starts}
}

// Count is the number of lines (an empty file has one, empty, line).
func (l *Lines) Count() int { return len(l.starts) }

// Line returns the 1-based line number holding byte offset off. An offset at
// the end of the file belongs to the last line.
func (l *Lines) Line(off int) int {
	return sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
}

// LineStart returns the byte offset where 1-based line n starts.
func (l *Lines) LineStart(n int) int { return l.starts[n-1] }

// LineEnd returns the byte offset where 1-based line n ends, before its line
// ending ("\n" or "\r\n").
func (l *Lines) LineEnd(n int) int {
	end := len(l.src)
	if n < len(l.starts) {
		end = l.starts[n] - 1
	}
	if end > l.starts[n-1] && l.src[end-1] == '\r' {
		end--
	}
	return end
}

// Position is a place in a file as people and tools count it.
type Position struct {
	Offset int // byte offset, 0-based
	Line   int // 1-based
	Column int // 1-based, in Unicode code points (an invalid byte counts as one)
	UTF16  int // 1-based, in UTF-16 code units, as SARIF's utf16CodeUnits and GitHub count
}

// Position returns the position of byte offset off. A UTF-8 byte order mark
// at the start of the file is not counted in columns, as editors do not show it.
// An offset inside a multi-byte character is in the column of that character.
func (l *Lines) Position(off int) Position {
	line := l.Line(off)
	start := l.lineTextStart(line)
	if line == 1 && off < start {
		start = 0 // inside the BOM: column 1
	}
	var runes, units int
	if off-start <= 2*markEvery {
		runes, units = countFrom(l.src, start, off)
	} else {
		r0, u0 := l.countTo(start)
		r1, u1 := l.countTo(off)
		runes, units = r1-r0, u1-u0
	}
	return Position{Offset: off, Line: line, Column: runes + 1, UTF16: units + 1}
}

// lineTextStart is where the text of 1-based line n starts: its first byte,
// or after the BOM on the first line of a file that has one.
func (l *Lines) lineTextStart(n int) int {
	if n == 1 && hasBOM(l.src) {
		return 3
	}
	return l.starts[n-1]
}

// Offset is the inverse of Position: the byte offset of 1-based line and
// column (code points). It returns -1 when the place is not in the file.
func (l *Lines) Offset(line, col int) int {
	if line < 1 || line > len(l.starts) || col < 1 {
		return -1
	}
	i := l.lineTextStart(line)
	end := l.LineEnd(line)
	if col-1 > 2*markEvery && end-i > 2*markEvery {
		i = l.seekRunes(i, col-1) // jump near the column, then decode the rest
		col = 1 + (col - 1 - l.runesBetween(l.lineTextStart(line), i))
		if i > end {
			return -1
		}
	}
	for c := 1; c < col; c++ {
		if i >= end {
			return -1
		}
		_, size := utf8.DecodeRune(l.src[i:end])
		i += size
	}
	return i
}

func hasBOM(src []byte) bool {
	return len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
}

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

// UTF16Len is the length of b, whole characters, in UTF-16 code units;
// an invalid byte counts one (U+FFFD), as in columns.
func UTF16Len(b []byte) int {
	_, units := countFrom(b, 0, len(b))
	return units
}

// countFrom counts the code points and UTF-16 units from boundary i up to
// off, decoding as ranging over a string does (an invalid byte is one
// U+FFFD). A character that off falls inside is not counted.
func countFrom(src []byte, i, off int) (runes, units int) {
	for i < off {
		// An ASCII byte is one code point and one unit: eight of them
		// (no byte with its top bit set) are counted at once.
		if i+8 <= off && binary.LittleEndian.Uint64(src[i:])&0x8080808080808080 == 0 {
			runes, units, i = runes+8, units+8, i+8
			continue
		}
		if src[i] < utf8.RuneSelf {
			runes, units, i = runes+1, units+1, i+1
			continue
		}
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
