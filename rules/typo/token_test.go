package typo

import (
	"testing"

	"github.com/copydesk/copydesk/rules/article"
)

// TestLetterCase checks that a token's case read from the tokeniser's
// Shape (letterCase) is what caseOf makes of its text, for whole words,
// possessives and compound parts.
func TestLetterCase(t *testing.T) {
	src := "the The THE iPhone don't Don’t café Éclair ǅemal Smith's mother-in-law x-Ray news.\n"
	a, err := article.Parse("t.txt", article.Text, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range a.Paragraphs {
		for i := range p.Words {
			for _, tk := range tokens(p, i, nil, false) {
				n++
				if got, want := tk.letterCase(), caseOf(tk.word); got != want {
					t.Errorf("%q: letterCase %d, caseOf %d", tk.word, got, want)
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d tokens checked", n)
	}
}

// TestOpensQuote checks the text before a word for an opening quotation
// mark, after optional spaces: a straight quote opens only at the start or
// after a space (after a letter it closes).
func TestOpensQuote(t *testing.T) {
	for text, want := range map[string]bool{
		"": false, " ": false, "said ": false, `"`: true, `he said "`: true, `"  `: true,
		`word"`: false, `word" `: false, "“": true, "he said “ ": true, "”": false, "a ": false,
	} {
		if got := opensQuote(text); got != want {
			t.Errorf("opensQuote(%q) = %v, want %v", text, got, want)
		}
	}
}
