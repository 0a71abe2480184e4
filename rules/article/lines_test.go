package article

import (
	"bytes"
	"math/rand"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/growth"
)

func TestLines(t *testing.T) {
	src := []byte("\uFEFFab\r\n👍é\n\nlast\r")
	l := NewLines(src)
	tests := []struct {
		off                 int
		line, col, utf16Col int
	}{
		{3, 1, 1, 1},  // after the BOM
		{5, 1, 3, 3},  // before \r\n
		{7, 2, 1, 1},  // 👍
		{11, 2, 2, 3}, // é, after a surrogate pair
		{14, 3, 1, 1}, // the empty line
		{15, 4, 1, 1}, // last
		{19, 4, 5, 5}, // before the final lone \r
	}
	for _, tt := range tests {
		p := l.Position(tt.off)
		if p.Line != tt.line || p.Column != tt.col || p.UTF16 != tt.utf16Col {
			t.Errorf("Position(%d) = %d:%d (UTF-16 %d), want %d:%d (%d)",
				tt.off, p.Line, p.Column, p.UTF16, tt.line, tt.col, tt.utf16Col)
		}
		if got := l.Offset(tt.line, tt.col); got != tt.off {
			t.Errorf("Offset(%d, %d) = %d, want %d", tt.line, tt.col, got, tt.off)
		}
	}
	if err := checkRoundTrip(l, src, nil); err != nil {
		t.Error(err)
	}
	if l.Offset(2, 9) != -1 || l.Offset(9, 1) != -1 || l.Offset(0, 1) != -1 {
		t.Error("Offset outside the file should be -1")
	}
}

// naivePosition is Position as it was first written: decode from the line
// start every time. The mark table must give exactly its answers.
func naivePosition(l *Lines, off int) Position {
	line := l.Line(off)
	start := l.starts[line-1]
	if line == 1 && hasBOM(l.src) && off >= 3 {
		start = 3
	}
	col, u16 := 1, 1
	for i := start; i < off; {
		r, size := utf8.DecodeRune(l.src[i:])
		if i+size > off {
			break
		}
		col++
		u16++
		if r >= 0x10000 {
			u16++
		}
		i += size
	}
	return Position{Offset: off, Line: line, Column: col, UTF16: u16}
}

// longLines builds a file of a few lines far longer than markEvery, mixing
// what columns must count carefully: a BOM, CRLF, invalid and truncated
// UTF-8, two-, three- and four-byte characters.
func longLines(seed int64) []byte {
	rng := rand.New(rand.NewSource(seed))
	pieces := []string{"a", "word ", "é", "€", "👍", "\xff", "\xe2\x82", "\r\n", "\t", "\u00ad"}
	b := []byte("\uFEFF")
	for line := 0; line < 4; line++ {
		n := rng.Intn(6 * markEvery)
		for len(b) < n*(line+1) {
			b = append(b, pieces[rng.Intn(len(pieces)-1)]...)
			if rng.Intn(2000) == 0 {
				b = append(b, '\n')
			}
		}
		b = append(b, '\n')
	}
	return b
}

func TestPositionLongLines(t *testing.T) {
	for seed := int64(1); seed <= 5; seed++ {
		src := longLines(seed)
		l := NewLines(src)
		for off := 0; off <= len(src); off++ {
			if got, want := l.Position(off), naivePosition(l, off); got != want {
				t.Fatalf("seed %d: Position(%d) = %+v, want %+v", seed, off, got, want)
			}
		}
		if err := checkRoundTrip(l, src, nil); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if got := l.Offset(1, len(src)); got != -1 {
			t.Errorf("seed %d: Offset past the line end = %d, want -1", seed, got)
		}
	}
}

// BenchmarkPositionLongLine looks up positions spread along one long line,
// as a report of many findings on a one-line article does.
func BenchmarkPositionLongLine(b *testing.B) {
	for _, n := range []int{100_000, 400_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) { benchPositions(b, n) })
	}
}

func benchPositions(b *testing.B, n int) {
	piece := []byte("Café 👍 said hello. ")
	src := bytes.Repeat(piece, n/len(piece)+1)[:n]
	step := 97 // a lookup every ~100 bytes, as dense findings give
	for range b.N {
		l := NewLines(src)
		for off := 0; off < len(src); off += step {
			l.Position(off)
		}
	}
}

// TestGrowthPositions checks that looking up positions along a line of 4n
// bytes, four times as many lookups, costs about 4 times what n costs, not
// 16 (quadratic).
func TestGrowthPositions(t *testing.T) {
	const n = 100_000
	piece := []byte("Café 👍 said hello. ")
	srcs := map[int][]byte{}
	for _, size := range []int{n, 4 * n} {
		srcs[size] = bytes.Repeat(piece, size/len(piece)+1)[:size]
	}
	growth.Check(t, n, func(n int) {
		src := srcs[n]
		l := NewLines(src)
		for off := 0; off < len(src); off += 97 {
			l.Position(off)
		}
	})
}

// UTF16Len counts as an editor does: one unit a character of the Basic
// Multilingual Plane, two for one outside it, one for an invalid byte; the
// eight-byte ASCII step and the character-by-character path agree.
func TestUTF16Len(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"plain ascii text, longer than eight bytes\n", 42},
		{"café", 4},
		{"a😀b", 4},
		{"😀😀😀😀😀😀😀😀x", 17},
		{"abc\xffdefghijk", 12},
		{"\xe2\x80", 2}, // a cut character: two invalid bytes
		{"“Quote,” she said — 1½ times.", 29},
	} {
		if got := UTF16Len([]byte(c.in)); got != c.want {
			t.Errorf("UTF16Len(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
