package misquote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/sources"
)

// The rule grows linearly with the quotations of an article held against a
// record that repeats itself: every quotation's common shingles have
// thousands of hits (up to the index's bound), the worst case for finding
// its passage.
func TestGrowthRepetitive(t *testing.T) {
	const lines = 3000
	var rec strings.Builder
	rec.WriteString("TRUMP: ")
	for i := range lines {
		fmt.Fprintf(&rec, "We are going to win so much in state %d, you will get tired of winning. ", i)
	}
	src, err := sources.Read("record.txt", []byte(rec.String()))
	if err != nil {
		t.Fatal(err)
	}
	ix := sources.NewIndex([]*sources.Source{src})
	sh := &rules.Shared{Sources: ix, References: ix.Articles()}
	story := func(n int) *article.Article {
		var b strings.Builder
		b.WriteString("The rally.\n\n")
		for i := range n {
			fmt.Fprintf(&b, "“We are going to win so much in state %d, you will get tired of losing,” Trump said.\n\n", i*7%lines)
		}
		a, err := article.Parse("story.txt", article.Text, []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	arts := map[int]*article.Article{50: story(50), 200: story(200)}
	found := map[int]int{}
	growth.Check(t, 50, func(n int) {
		p := rules.NewPass(Rule, Rule.DefaultOptions(), Rule.Severity, 0)
		p.Article, p.Shared = arts[n], sh
		if err := Rule.Run(p); err != nil {
			t.Fatal(err)
		}
		found[n] = len(p.Findings())
	})
	if found[50] != 50 || found[200] != 200 {
		t.Errorf("reported %v of 50 and 200 altered quotations", found)
	}
}
