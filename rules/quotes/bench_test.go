package quotes

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules/article"
)

// BenchmarkQuotes checks articles made of 1, 10 and 100 BBC articles run
// together: the time per byte should stay flat as the article grows.
func BenchmarkQuotes(b *testing.B) {
	var all [][]byte
	for _, f := range corpustest.BBC(b, "politics") {
		all = append(all, f.Src)
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
