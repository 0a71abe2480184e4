package article

import "testing"

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
