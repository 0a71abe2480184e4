package article

import (
	"sort"
	"unicode/utf8"
)

// Lines turns byte offsets of one file into line and column numbers, in the
// manner of go/token.File: the start offset of every line is recorded once,
// and a lookup is a binary search.
//
// A line ends after "\n"; a "\r" before it belongs to the line ending, so a
// CRLF file numbers its lines exactly as an LF one does.
type Lines struct {
	src    []byte
	starts []int // starts[i] is the byte offset at which line i+1 begins
}

// NewLines indexes src.
func NewLines(src []byte) *Lines {
	starts := make([]int, 1, 1+len(src)/64)
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
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
func (l *Lines) Position(off int) Position {
	line := l.Line(off)
	start := l.starts[line-1]
	if line == 1 && hasBOM(l.src) && off >= 3 {
		start = 3
	}
	col, u16 := 1, 1
	for i := start; i < off; {
		r, size := utf8.DecodeRune(l.src[i:])
		if i+size > off { // off falls inside a rune: count it as reached
			break
		}
		col++
		u16++
		if r >= 0x10000 && r != utf8.RuneError {
			u16++
		}
		i += size
	}
	return Position{Offset: off, Line: line, Column: col, UTF16: u16}
}

// Offset is the inverse of Position: the byte offset of 1-based line and
// column (code points). It returns -1 when the place is not in the file.
func (l *Lines) Offset(line, col int) int {
	if line < 1 || line > len(l.starts) || col < 1 {
		return -1
	}
	i := l.starts[line-1]
	if line == 1 && hasBOM(l.src) {
		i = 3
	}
	end := l.LineEnd(line)
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
