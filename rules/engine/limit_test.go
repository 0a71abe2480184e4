package engine_test

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// TestFindingsCapped: a file that would yield a finding per word lists the
// first ones of each rule, one finding counting the rest, and a warning when
// the file's total is cut too.
func TestFindingsCapped(t *testing.T) {
	src := []byte(strings.Repeat("the ", 1000))
	in := []engine.Input{{Path: "garbage.txt", Read: func() ([]byte, error) { return src, nil }}}
	e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: wordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}}}
	res, err := e.Run(in)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(res.Findings); n != engine.DefaultMaxPerRule+1 {
		t.Fatalf("%d findings, want %d listed and one counting the rest", n, engine.DefaultMaxPerRule)
	}
	last := res.Findings[len(res.Findings)-1]
	if !strings.HasPrefix(last.Message, "900 more every-the findings from here on are not listed") || last.Span.Start != 400 {
		t.Errorf("the last finding is %+v", last)
	}
	for i, f := range res.Findings[:engine.DefaultMaxPerRule] {
		if f.Span.Start != 4*i {
			t.Fatalf("finding %d at %d: the first findings by position are not the ones listed", i, f.Span.Start)
		}
	}

	e.MaxPerRule, e.MaxPerFile = -1, 250
	res, err = e.Run(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 250 || len(res.Warnings) != 1 || !strings.HasPrefix(res.Warnings[0].Message, "750 more findings not listed") {
		t.Errorf("per-file cap: %d findings, warnings %+v", len(res.Findings), res.Warnings)
	}

	e.MaxPerFile = -1
	if res, _ = e.Run(in); len(res.Findings) != 1000 {
		t.Errorf("no limit: %d findings, want 1000", len(res.Findings))
	}
}

// TestProseDropped: with no rule looking across files, an article's parsed
// prose is let go once it is checked (the source stays for the report);
// with one, or when asked, it is kept.
func TestProseDropped(t *testing.T) {
	e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: wordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}}}
	res, err := e.Run(inputs(3))
	if err != nil {
		t.Fatal(err)
	}
	if a := res.Article("f001.txt"); a == nil || a.Paragraphs != nil || len(a.Source) == 0 || len(res.Findings) != 6 {
		t.Errorf("with no batch rule the prose should be dropped, the source and findings kept: %+v", a)
	}
	if res, _ = newEngine(1).Run(inputs(3)); res.Article("f001.txt").Paragraphs == nil {
		t.Error("a batch rule runs: the prose was dropped")
	}
	e.KeepProse = true
	if res, _ = e.Run(inputs(3)); res.Article("f001.txt").Paragraphs == nil {
		t.Error("KeepProse: the prose was dropped")
	}
}
