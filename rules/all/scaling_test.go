package all_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/all"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// BenchmarkRuleScaling runs each rule on one article made of 10, 100 and
// 1,000 distinct BBC stories: linear cost shows as the same MB/s at every
// size. The time includes reading the article into paragraphs and words.
//
//	go test ./rules/all -run '^$' -bench RuleScaling -benchtime 3x
func BenchmarkRuleScaling(b *testing.B) {
	var stories [][]byte
	for _, f := range corpustest.BBC(b) {
		stories = append(stories, f.Src)
	}
	for _, r := range all.List() {
		for _, n := range []int{10, 100, 1000} {
			src := bytes.Join(stories[:n], []byte("\n\n"))
			b.Run(fmt.Sprintf("%s/%d-stories", r.ID, n), func(b *testing.B) {
				var opts rules.Options = &rules.Settings{}
				if r.NewOptions != nil {
					opts = r.NewOptions()
				}
				e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: r, Enabled: true, Severity: r.Severity, Options: opts}}}
				in := []engine.Input{{Path: "big.txt", Format: article.Text, Read: func() ([]byte, error) { return src, nil }}}
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					if _, err := e.Run(in); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
