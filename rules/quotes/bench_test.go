package quotes

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// BenchmarkQuotes checks articles made of 1, 10 and 100 BBC articles run
// together: the time per byte should stay flat as the article grows.
func BenchmarkQuotes(b *testing.B) {
	dir := ruletest.Corpus(b, "bbc-fulltext")
	files, _ := filepath.Glob(filepath.Join(dir, "politics", "*.txt"))
	slices.Sort(files)
	var all [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, src)
	}
	for _, n := range []int{1, 10, 100} {
		src := bytes.Join(all[:min(n, len(all))], []byte("\n\n"))
		a, err := article.Parse("bench.txt", article.Text, src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				an := analyse(a)
				for i := range an.quotes {
					an.attributed(i)
				}
			}
		})
	}
}
