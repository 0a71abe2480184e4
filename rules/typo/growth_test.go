package typo

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// distinctWords is an article of n different made-up words, the hostile
// input for repeated: each is unknown, so each asks whether it repeats.
func distinctWords(t testing.TB, n int) *article.Article {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "zq%s ", strings.Map(func(r rune) rune { return 'a' + r - '0' }, fmt.Sprint(i)))
	}
	a, err := article.Parse("words.txt", article.Text, []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// repeated counts the article's words once, not once per unknown word.
func TestGrowthRepeated(t *testing.T) {
	arts := map[int]*article.Article{}
	for _, n := range []int{4000, 16000} {
		arts[n] = distinctWords(t, n)
	}
	growth.Check(t, 4000, func(n int) {
		a := arts[n]
		c := &checker{pass: &rules.Pass{Article: a}}
		for _, p := range a.Paragraphs {
			for _, w := range p.Words {
				if c.repeated(w.Text) {
					t.Fatalf("%q occurs once", w.Text)
				}
			}
		}
	})
}

func TestRepeatedCountsThree(t *testing.T) {
	a, err := article.Parse("r.txt", article.Text, []byte("Blorf once. Blorf twice.\n\nBlorf thrice; zink twice, zink."))
	if err != nil {
		t.Fatal(err)
	}
	c := &checker{pass: &rules.Pass{Article: a}}
	for w, want := range map[string]bool{"Blorf": true, "zink": false, "once": false, "absent": false} {
		if got := c.repeated(w); got != want {
			t.Errorf("repeated(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestGrowthLongWord: one made-up "word" of n letters costs time in n, not
// in its cube (a 7,000-letter one once took minutes: suggest hashed every
// pair of deletions of it, though no word in the lexicon is that long).
func TestGrowthLongWord(t *testing.T) {
	srcs := map[int][]byte{}
	for _, n := range []int{2000, 8000} {
		srcs[n] = []byte("The " + strings.Repeat("abcdefghij", n/10) + " word.\n")
	}
	growth.Check(t, 2000, func(n int) {
		a, err := article.Parse("long.txt", article.Text, srcs[n])
		if err != nil {
			t.Fatal(err)
		}
		p := rules.NewPass(Rule, Rule.DefaultOptions(), rules.Warning, 0)
		p.Article, p.Shared = a, &rules.Shared{}
		if err := Rule.Run(p); err != nil {
			t.Fatal(err)
		}
	})
}
