package quotes

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// hostileMarks are the inputs that once took minutes: one line of opening
// marks, marks between words, and marks each on a line of their own.
func hostileMarks(n int) map[string]*article.Article {
	out := map[string]*article.Article{}
	for name, src := range map[string]string{
		"run":    strings.Repeat("“", n),
		"spaced": strings.Repeat("“word ", n),
		"said":   strings.Repeat("“Go,” he said. ", n),
		"lines":  strings.Repeat("“\n", n),
		"paras":  strings.Repeat("He said:\n\n“Go on.\n\n", n/2),
		"nested": strings.Repeat("“He said ‘go’ and ", n/2),
	} {
		a, err := article.Parse("marks.txt", article.Text, []byte(src))
		if err != nil {
			panic(err)
		}
		out[name] = a
	}
	return out
}

// The quote rules grow linearly with the marks of a paragraph.
func TestGrowthQuoteMarks(t *testing.T) {
	arts := map[int]map[string]*article.Article{5000: hostileMarks(5000), 20000: hostileMarks(20000)}
	for _, name := range []string{"run", "spaced", "said", "lines", "paras", "nested"} {
		t.Run(name, func(t *testing.T) {
			growth.Check(t, 5000, func(n int) {
				for _, r := range Rules {
					p := &rules.Pass{Rule: r, Article: arts[n][name], Language: "en-GB", Shared: &rules.Shared{}}
					if err := r.Run(p); err != nil {
						t.Fatal(err)
					}
				}
			})
		})
	}
}

// BenchmarkGrowthQuoteMarks is the probe at full size: one line
// of 200,000 opening marks.
func BenchmarkGrowthQuoteMarks(b *testing.B) {
	a := hostileMarks(200_000)["run"]
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range Rules {
			if err := r.Run(&rules.Pass{Rule: r, Article: a, Language: "en-GB", Shared: &rules.Shared{}}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
