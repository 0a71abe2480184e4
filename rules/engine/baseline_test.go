package engine_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// TestBaselineSurvivesEdits: after text is added above the findings, the
// baseline still holds them, and a new finding is reported.
func TestBaselineSurvivesEdits(t *testing.T) {
	e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: wordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}}}
	input := func(s string) []engine.Input {
		return []engine.Input{{Path: "a.txt", Read: func() ([]byte, error) { return []byte(s), nil }}}
	}
	before, err := e.Run(input("the cat sat on the mat"))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "baseline.json")
	if err := engine.NewBaseline(before.Findings).Write(p); err != nil {
		t.Fatal(err)
	}
	b, err := engine.LoadBaseline(p)
	if err != nil {
		t.Fatal(err)
	}
	after, err := e.Run(input("A new first line.\nNow the cat sat on the mat, and the dog"))
	if err != nil {
		t.Fatal(err)
	}
	left := b.Filter(after.Findings)
	if len(after.Findings) != 3 || len(left) != 1 {
		t.Fatalf("got %d findings, %d new; want 3 and 1", len(after.Findings), len(left))
	}
	if got := string([]byte("A new first line.\nNow the cat sat on the mat, and the dog")[left[0].Span.Start:left[0].Span.End]); got != "the" || left[0].Span.Start != 50 {
		t.Errorf("new finding at %d %q, want the third \"the\"", left[0].Span.Start, got)
	}
}

// TestGrowthBaseline: filtering each of n files against a baseline of the
// whole run costs time in n: the baseline's keys are made once, not for
// every file (which made a run with a baseline quadratic).
func TestGrowthBaseline(t *testing.T) {
	files := map[int][][]rules.Finding{}
	bases := map[int]*engine.Baseline{}
	for _, n := range []int{2000, 8000} {
		var all []rules.Finding
		for i := range n {
			var fs []rules.Finding
			for k := range 3 {
				fs = append(fs, rules.Finding{Path: fmt.Sprintf("a/f%06d.txt", i), Rule: "typo", Fingerprint: fmt.Sprintf("typo:w%d", k)})
			}
			files[n] = append(files[n], fs)
			all = append(all, fs...)
		}
		bases[n] = engine.NewBaseline(all[:len(all)-1]) // all but the last finding
	}
	growth.Check(t, 2000, func(n int) {
		b := &engine.Baseline{Version: 1, Findings: bases[n].Findings} // keys made afresh each time
		kept := 0
		for _, fs := range files[n] {
			kept += len(b.Filter(fs))
		}
		if kept != 1 {
			t.Fatalf("%d findings kept of %d files, want 1", kept, n)
		}
	})
}
