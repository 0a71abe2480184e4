package article

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func paragraphTexts(a *Article) []string {
	var ts []string
	for _, p := range a.Paragraphs {
		ts = append(ts, p.Text)
	}
	return ts
}

func mustParse(t testing.TB, f Format, src string) *Article {
	t.Helper()
	a, err := Parse("test", f, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkArticle(a); err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return a
}

func TestTextParagraphs(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"empty", "", nil},
		{"only white space", " \t\n\r\n  \n", nil},
		{"one line per paragraph", "First line.\nSecond line.\n", []string{"First line.", "Second line."}},
		{"blank lines separate", "One\nstill one.\n\nTwo.\n", []string{"One\nstill one.", "Two."}},
		{"CRLF", "One\r\nstill one.\r\n\r\nTwo.\r\n", []string{"One\nstill one.", "Two."}},
		{"CRLF lines", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"BOM", "\uFEFFHello there.\n", []string{"Hello there."}},
		{"no final newline", "Last", []string{"Last"}},
		{"indented", "  Spaced out.  \n", []string{"Spaced out."}},
		{"NFD", "Cafe\u0301 au lait", []string{"Cafe\u0301 au lait"}},
		{"emoji", "Great 👍🏽 news 🎉", []string{"Great 👍🏽 news 🎉"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, Text, tt.src)
			if got := paragraphTexts(a); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs = %q, want %q", got, tt.want)
			}
			for _, w := range a.Words() { // plain text: every word is its source
				if got := string(a.Source[w.Span.Start:w.Span.End]); got != w.Text {
					t.Errorf("word %q has source %q", w.Text, got)
				}
			}
		})
	}
}

func TestTextSpans(t *testing.T) {
	a := mustParse(t, Text, "\uFEFFOne\r\nstill one.\r\n\r\nTwo.")
	p := a.Paragraphs[0]
	if p.Span != (Span{3, 18}) {
		t.Errorf("first paragraph span = %v, want {3 18}", p.Span)
	}
	if got := p.SourceSpan(0, len(p.Text)); got != p.Span {
		t.Errorf("SourceSpan of all Text = %v, want %v", got, p.Span)
	}
	if w := a.Paragraphs[1].Words[0]; w.Span != (Span{22, 25}) {
		t.Errorf("Two at %v, want {22 25}", w.Span)
	}
	if pos := a.Lines.Position(22); pos.Line != 4 || pos.Column != 1 {
		t.Errorf("Two at %d:%d, want 4:1", pos.Line, pos.Column)
	}
}

func TestInvalidUTF8(t *testing.T) {
	a := mustParse(t, Text, "Caf\xe9 au \xff\xfelait")
	if len(a.Warnings) != 1 || a.Warnings[0].Offset != 3 {
		t.Fatalf("warnings = %+v, want one at offset 3", a.Warnings)
	}
	want := []Word{{Text: "Caf", Start: 0, End: 3, Span: Span{0, 3}, Fold: FoldHash("Caf"), Shape: ASCII | UpperInitial | HasLower | SentenceStart | Capital},
		{Text: "au", Start: 5, End: 7, Span: Span{5, 7}, Fold: FoldHash("au"), Shape: ASCII | LowerInitial | HasLower},
		{Text: "lait", Start: 10, End: 14, Span: Span{10, 14}, Fold: FoldHash("lait"), Shape: ASCII | LowerInitial | HasLower}}
	if got := a.Words(); !reflect.DeepEqual(got, want) {
		t.Errorf("words = %+v, want %+v", got, want)
	}
	if pos := a.Lines.Position(10); pos.Column != 11 {
		t.Errorf("column after invalid bytes = %d, want 11 (one per byte)", pos.Column)
	}
}

func TestUnicodePositions(t *testing.T) {
	a := mustParse(t, Text, "👍 Cafe\u0301 great")
	ws := a.Words()
	if len(ws) != 2 || ws[0].Text != "Cafe\u0301" {
		t.Fatalf("words = %+v, want the NFD Café as one word, then great", ws)
	}
	pos := a.Lines.Position(ws[1].Span.Start)
	if pos.Column != 9 || pos.UTF16 != 10 {
		t.Errorf("great at column %d (UTF-16 %d), want 9 (10)", pos.Column, pos.UTF16)
	}
}

func TestNotText(t *testing.T) {
	latin1 := bytes.Repeat([]byte("Le caf\xe9 de la gare, o\xf9 l'on parle fran\xe7ais. "), 20)
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range strings.Repeat("A story in UTF-16. ", 20) {
		utf16 = append(utf16, byte(r), 0)
	}
	noBOM := utf16[2:]
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7 % 256)
	}
	for _, tc := range []struct {
		name string
		src  []byte
		want bool // refused
	}{
		{"latin-1 text", latin1, false},
		{"short invalid", []byte("a\xffb\x00c"), false},
		{"stray NUL", append(bytes.Repeat([]byte("plain words "), 40), 0), false},
		{"utf-16 with BOM", utf16, true},
		{"utf-16 without BOM", noBOM, true},
		{"utf-32", []byte{0xFF, 0xFE, 0, 0, 'A', 0, 0, 0}, true},
		{"short utf-16 without BOM", []byte("H\x00e\x00l\x00l\x00o\x00 \x00t\x00e\x00h\x00"), true},
		{"short with invalid bytes", []byte("caf\xe9 \xff\xfe\xfd ok"), false},
		{"binary", binary, true},
	} {
		_, err := Parse("f.txt", Text, tc.src)
		if got := errors.Is(err, ErrNotText); got != tc.want {
			t.Errorf("%s: refused = %v (%v), want %v", tc.name, got, err, tc.want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "f.txt: ") {
			t.Errorf("%s: error %q does not name the file", tc.name, err)
		}
	}
}

// TestWordsBeyondGuess indexes an article of one-letter words, twice as
// many as index guesses from its length, into an arena whose words' slice
// holds the guess but not the words (as one taken from the pool may): the
// slice grows while the paragraphs are read, and each paragraph keeps its
// own words.
func TestWordsBeyondGuess(t *testing.T) {
	para := strings.Repeat("a ", 400) + "b."
	a := mustParse(t, Text, strings.Repeat(para+"\n\n", 5))
	size := 0
	for _, p := range a.Paragraphs {
		size += len(p.Text)
	}
	guess := size/bytesPerWord + 1
	a.indexIn(&arena{words: make([]Word, 0, guess)})
	if &a.Paragraphs[0].Words[0] == &a.arena.words[0] {
		// the first paragraph's words are where the last ones are: the
		// slice never grew (the words were counted), so nothing is tested
		t.Fatalf("the words' slice (room for %d, the guess) did not grow", guess)
	}
	if len(a.Paragraphs) != 5 {
		t.Fatalf("%d paragraphs, want 5", len(a.Paragraphs))
	}
	n := 400
	for i, p := range a.Paragraphs {
		if len(p.Words) != n+1 || p.Words[0].Text != "a" || p.Words[n].Text != "b" {
			t.Fatalf("paragraph %d: %d words, first %q, last %q", i, len(p.Words), p.Words[0].Text, p.Words[len(p.Words)-1].Text)
		}
	}
	a.Release()
}
