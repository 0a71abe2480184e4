package article

import (
	"hash/fnv"
	"strings"
	"testing"
)

// The tokeniser's Fold is the FNV-1a hash of the word as a rule would fold
// it by hand: lower case, curly apostrophes straight.
func TestWordFold(t *testing.T) {
	straight := strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")
	text := "Don’t DON'T don't Łódź ŁÓDŹ İstanbul ÉCOLE école 3.5 U.S. al-Sudani Straße ΣΟΦΊΑ"
	for _, w := range appendWords(nil, text) {
		h := fnv.New64a()
		h.Write([]byte(strings.ToLower(straight.Replace(w.Text))))
		if w.Fold != h.Sum64() {
			t.Errorf("%q: Fold %x, want the hash of %q, %x", w.Text, w.Fold, strings.ToLower(w.Text), h.Sum64())
		}
	}
	ws := appendWords(nil, text)
	if ws[0].Fold != ws[1].Fold || ws[1].Fold != ws[2].Fold || ws[3].Fold != ws[4].Fold || ws[6].Fold != ws[7].Fold {
		t.Errorf("words that fold alike hash apart: %v", ws[:8])
	}
	if ws[0].Fold == ws[3].Fold {
		t.Error("different words hash alike")
	}
}

func TestWordShape(t *testing.T) {
	cases := []struct {
		word string
		want Shape
	}{
		{"the", ASCII | LowerInitial | HasLower},
		{"The", ASCII | UpperInitial | HasLower | Capital},
		{"NATO", ASCII | UpperInitial | HasUpper | Capital},
		{"iPhone", ASCII | LowerInitial | HasUpper | HasLower | Capital},
		{"1,000", ASCII | HasDigit},
		{"M5", ASCII | UpperInitial | HasDigit | Capital},
		{"Łódź", UpperInitial | HasLower | Capital},
		{"émigré", LowerInitial | HasLower},
		{"O’Neill", UpperInitial | HasUpper | HasLower | Capital},
		{"ǅemal", HasLower | Capital}, // a title-case letter: not upper case, yet lower-cased
	}
	for _, c := range cases {
		if _, got := wordFacts(c.word); got != c.want {
			t.Errorf("%q: shape %08b, want %08b", c.word, got, c.want)
		}
		if got := strings.ToLower(c.word) != c.word; got != c.want.Has(Capital) {
			t.Errorf("%q: Capital is %v, but lower-casing changes it: %v", c.word, c.want.Has(Capital), got)
		}
	}
}

// SentenceStart marks the first word of each sentence, after an opening
// quote, and no other.
func TestSentenceStart(t *testing.T) {
	a, err := Parse("a.txt", Text, []byte("He left. “Why?” she asked. Mr. Smith stayed.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var starts []string
	for _, w := range a.Paragraphs[0].Words {
		if w.Shape.Has(SentenceStart) {
			starts = append(starts, w.Text)
		}
	}
	if got := strings.Join(starts, " "); got != "He Why Mr" {
		t.Errorf("sentence starts %q, want %q", got, "He Why Mr")
	}
}

func TestChars(t *testing.T) {
	cases := []struct {
		text string
		want Chars
	}{
		{"plain text,\tand a line\nbreak", AllASCII | NoControl},
		{"café", NoControl},
		{"a\rb", AllASCII},
		{"a\x00b\x7f", AllASCII},
		{"zero\u200bwidth\x01", 0},
		{"bad \xff byte", NoControl},
	}
	for _, c := range cases {
		if got := charsOf(c.text); got != c.want {
			t.Errorf("%q: %02b, want %02b", c.text, got, c.want)
		}
	}
}
