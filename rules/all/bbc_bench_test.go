package all_test

import (
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/internal/cputime"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/all"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/config"
)

// BenchmarkRuleBBC runs each rule alone, with its default options, over the
// whole BBC folder once per iteration, on one goroutine. The articles are
// parsed beforehand, and the house language is the default one (as in a
// check with no configuration), so ns/op, B/op and allocs/op are the rule's own cost of
// one pass over the folder: the per-rule table of the README's "Measured"
// section comes from here. cpu-ms/op is the process's CPU time (garbage
// collection included) per pass: on a busy machine it is steadier than
// ns/op, which is the time on the clock.
//
//	go test ./rules/all -run '^$' -bench RuleBBC -benchtime 5x -benchmem -cpu 1
//
// The first iteration of a rule with tables built on first use (typo) pays
// for them; -benchtime 5x or more spreads that out.
func BenchmarkRuleBBC(b *testing.B) {
	var arts []*article.Article
	size := 0
	for _, f := range corpustest.BBC(b) {
		a, err := article.Parse(f.Path, article.Text, f.Src)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += len(f.Src)
	}
	shared := &rules.Shared{}
	for _, r := range all.List() {
		b.Run(r.ID, func(b *testing.B) {
			opts := r.DefaultOptions()
			b.SetBytes(int64(size))
			b.ReportAllocs()
			start, ok := cputime.Process()
			for b.Loop() {
				for _, a := range arts {
					runOne(b, r, opts, shared, a, nil)
				}
				if r.LooksAcross(opts) {
					runOne(b, r, opts, shared, nil, arts)
				}
			}
			if end, _ := cputime.Process(); ok {
				b.ReportMetric(float64((end-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}

// runOne runs rule r on one article, or (a == nil) its batch step on every
// article, as the engine does, and drops the findings.
func runOne(b *testing.B, r *rules.Rule, opts rules.Options, shared *rules.Shared, a *article.Article, batch []*article.Article) {
	p := rules.NewPass(r, opts, r.Severity, 0)
	p.Article, p.Batch, p.Language, p.Shared = a, batch, config.DefaultLanguage, shared
	run := r.Run
	if a == nil && r.RunBatch != nil {
		run = r.RunBatch
	}
	if err := run(p); err != nil {
		b.Fatal(err)
	}
	p.Findings()
}
