package rules

import (
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"
	"github.com/copydesk/copydesk/rules/article"
)

// TestGrowthBatchCap: a batch pass reporting three findings in each of n
// files, with one kept a file, costs time in n: the list is trimmed when it
// has doubled since the last trim, not sorted again at every report once it
// holds max findings a file for many files.
func TestGrowthBatchCap(t *testing.T) {
	batches := map[int][]*article.Article{}
	for _, n := range []int{2000, 8000} {
		for i := range n {
			a, err := article.Parse(fmt.Sprintf("f%06d.txt", i), article.Text, []byte("one two three\n"))
			if err != nil {
				t.Fatal(err)
			}
			batches[n] = append(batches[n], a)
		}
	}
	r := &Rule{ID: "every-word", Severity: Info}
	growth.Check(t, 2000, func(n int) {
		p := NewPass(r, &Settings{}, Info, 1)
		p.Batch = batches[n]
		for _, a := range p.Batch {
			for s := 0; s < 3; s++ {
				p.Report(Finding{Path: a.Path, Span: article.Span{Start: 4 * s, End: 4*s + 3}, Message: "w"})
			}
		}
		if got := len(p.Findings()); got != 2*n { // one kept a file, and one counting the rest
			t.Fatalf("%d findings for %d files, want %d", got, n, 2*n)
		}
	})
}
