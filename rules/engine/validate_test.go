package engine_test

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

func span(s, e int) article.Span { return article.Span{Start: s, End: e} }

// badRule reports the findings it is given, as a buggy rule would.
func badRule(fs ...rules.Finding) *rules.Rule {
	return &rules.Rule{ID: "bad-rule", Severity: rules.Warning, Run: func(p *rules.Pass) error {
		for _, f := range fs {
			p.Report(f) // the line the warnings name
		}
		return nil
	}}
}

// runBad checks one file with rule and returns the result and the warnings
// that report a bug in the rule.
func runBad(t *testing.T, rule *rules.Rule, name, src string) (*engine.Result, []string) {
	t.Helper()
	f, _ := article.FormatOf(name)
	e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: rule, Enabled: true, Severity: rules.Warning, Options: &rules.Settings{}}}}
	res, err := e.Run([]engine.Input{{Path: name, Format: f, Read: func() ([]byte, error) { return []byte(src), nil }}})
	if err != nil {
		t.Fatal(err)
	}
	var bugs []string
	for _, w := range res.Warnings {
		if strings.HasPrefix(w.Message, rules.RuleBugPrefix) {
			bugs = append(bugs, w.Message)
		}
	}
	return res, bugs
}

func fix(edits ...rules.Edit) rules.Fix {
	return rules.Fix{Message: "fix it", Safe: true, Edits: edits}
}

// TestReportDropsBadSpans: a finding outside its file or cutting a
// character is dropped and reported as the rule's bug, naming the rule,
// the line that reported it and the span; a valid one beside it stands.
func TestReportDropsBadSpans(t *testing.T) {
	const src = "café au lait" // é is bytes 3-4
	for _, tc := range []struct {
		name string
		span article.Span
		want string
	}{
		{"past the end", span(5, 40), "outside the file (13 bytes)"},
		{"negative", span(-1, 2), "outside the file"},
		{"reversed", span(6, 2), "ends before it starts"},
		{"mid-rune start", span(4, 6), "starts inside the character at 3"},
		{"mid-rune end", span(0, 4), "ends inside the character at 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			good := rules.Finding{Span: span(0, 5), Message: "café"}
			res, bugs := runBad(t, badRule(good, rules.Finding{Span: tc.span, Message: "bad"}), "a.txt", src)
			if len(res.Findings) != 1 || res.Findings[0].Message != "café" {
				t.Errorf("findings = %+v, want only the valid one", res.Findings)
			}
			if len(bugs) != 1 {
				t.Fatalf("bug warnings = %q, want one", bugs)
			}
			for _, part := range []string{"bad-rule", "validate_test.go:", "it is dropped", tc.want} {
				if !strings.Contains(bugs[0], part) {
					t.Errorf("warning %q does not say %q", bugs[0], part)
				}
			}
		})
	}
}

// TestReportDropsBadFixes: an invalid fix is dropped, the finding stands
// with its valid fixes.
func TestReportDropsBadFixes(t *testing.T) {
	const src = "the the <!-- copydesk-disable x --> cat é"
	ok := fix(edit(0, 4, ""))
	for _, tc := range []struct {
		name, file string
		fix        rules.Fix
		want       string
	}{
		{"overlapping", "a.txt", fix(edit(0, 4, ""), edit(2, 6, "x")), "must not overlap"},
		{"unsorted", "a.txt", fix(edit(4, 8, ""), edit(0, 4, "")), "must be sorted"},
		{"outside", "a.txt", fix(edit(40, 99, "")), "outside the file"},
		{"mid-rune", "a.txt", fix(edit(len(src)-1, len(src), "e")), "starts inside the character"},
		{"invalid UTF-8 inserted", "a.txt", fix(edit(0, 3, "\xff")), "invalid UTF-8"},
		{"cuts a comment", "a.html", fix(edit(4, 10, "")), "cuts the HTML comment at 8:35"},
		{"inside a comment", "a.html", fix(edit(12, 12, "x")), "inserts inside the HTML comment"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, bugs := runBad(t, badRule(rules.Finding{Span: span(0, 3), Message: "m", Fixes: []rules.Fix{tc.fix, ok}}), tc.file, src)
			if len(res.Findings) != 1 || len(res.Findings[0].Fixes) != 1 || res.Findings[0].Fixes[0].Edits[0] != ok.Edits[0] {
				t.Fatalf("findings = %+v, want one with only the valid fix", res.Findings)
			}
			if len(bugs) != 1 || !strings.Contains(bugs[0], "the fix is dropped") || !strings.Contains(bugs[0], tc.want) {
				t.Errorf("bug warnings = %q, want one saying %q", bugs, tc.want)
			}
		})
	}
}

// TestReportDropsBadRelated: a related place outside the file, or in a file
// the run does not have, is dropped.
func TestReportDropsBadRelated(t *testing.T) {
	f := rules.Finding{Span: span(0, 3), Message: "m", Related: []rules.Related{
		{Span: span(4, 7), Message: "fine"},
		{Span: span(4, 70), Message: "outside"},
		{Path: "other.txt", Span: span(0, 1), Message: "elsewhere"},
	}}
	res, bugs := runBad(t, badRule(f), "a.txt", "the the cat")
	if len(res.Findings) != 1 || len(res.Findings[0].Related) != 1 || res.Findings[0].Related[0].Message != "fine" {
		t.Fatalf("findings = %+v, want one with only the valid related place", res.Findings)
	}
	if len(bugs) != 2 {
		t.Errorf("bug warnings = %q, want two", bugs)
	}
}

// TestReportBatchBug: a batch rule's bad finding is dropped and warned on
// the file it names.
func TestReportBatchBug(t *testing.T) {
	r := &rules.Rule{ID: "bad-batch", Scope: rules.BatchScope, Severity: rules.Warning, Run: func(p *rules.Pass) error {
		p.Report(rules.Finding{Path: p.Batch[1].Path, Span: span(0, 99), Message: "bad"})
		p.Report(rules.Finding{Path: p.Batch[0].Path, Span: span(0, 1), Message: "good"})
		return nil
	}}
	e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: r, Enabled: true, Severity: rules.Warning, Options: &rules.Settings{}}}}
	res, err := e.Run(inputs(2))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Message != "good" {
		t.Errorf("findings = %+v, want only the good one", res.Findings)
	}
	a := res.Article("f001.txt")
	if a == nil || len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0].Message, "bad-batch") {
		t.Errorf("f001.txt warnings = %+v, want the rule's bug", a)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Path != "f001.txt" {
		t.Errorf("the run's warnings = %+v, want the batch rule's bug on f001.txt", res.Warnings)
	}
}

// TestOnBoundary: offsets inside a valid multi-byte character are not
// boundaries; around a stray invalid byte (or a truncated sequence) they are.
func TestOnBoundary(t *testing.T) {
	src := []byte("a\u00e9\u20ac\U0001F600\xff\xe2\x82b\x80")
	// a é(1-2) €(3-5) 😀(6-9) \xff(10) \xe2\x82(11,12: truncated) b(13) \x80(14)
	inside := map[int]bool{2: true, 4: true, 5: true, 7: true, 8: true, 9: true}
	for i := 0; i <= len(src); i++ {
		if got := rules.OnBoundary(src, i); got == inside[i] {
			t.Errorf("OnBoundary(%d) = %v", i, got)
		}
	}
}

// TestValidateFindingInvalidUTF8: a span over a stray byte is valid, and a
// fix replacing it with valid UTF-8 is too.
func TestValidateFindingInvalidUTF8(t *testing.T) {
	a, err := article.Parse("a.txt", article.Text, []byte("price \xa3 5"))
	if err != nil {
		t.Fatal(err)
	}
	f := rules.Finding{Path: "a.txt", Span: span(6, 7), Fixes: []rules.Fix{fix(edit(6, 7, "£"))}}
	if err := rules.ValidateFinding(f, a); err != nil {
		t.Error(err)
	}
	f.Path = "b.txt"
	if err := rules.ValidateFinding(f, a); err == nil {
		t.Error("a finding on a file not given was accepted")
	}
}

// BenchmarkReportEveryWord: the cost of checking findings as Report does,
// on a rule that reports every word of a 60 KB file with a one-edit fix
// and a related place (run with the check removed from Report to compare).
//
//	go test ./rules -run '^$' -bench ReportEveryWord
func BenchmarkReportEveryWord(b *testing.B) {
	src := []byte(strings.Repeat("Café <b>owners</b> said <!-- c --> the “price” rose. ", 1000))
	r := &rules.Rule{ID: "every-word", Severity: rules.Info, Run: func(p *rules.Pass) error {
		for _, w := range p.Article.Words() {
			p.Report(rules.Finding{Span: w.Span, Message: "word",
				Related: []rules.Related{{Span: w.Span, Message: "here"}},
				Fixes:   []rules.Fix{fix(rules.Edit{Span: w.Span, New: "x"})}})
		}
		return nil
	}}
	e := &engine.Engine{MaxPerRule: -1, MaxPerFile: -1, Rules: []engine.RuleConfig{{Rule: r, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}}}
	in := []engine.Input{{Path: "a.html", Format: article.HTML, Read: func() ([]byte, error) { return src, nil }}}
	for b.Loop() {
		res, err := e.Run(in)
		if err != nil || len(res.Findings) != 6000 {
			b.Fatalf("%v, %d findings", err, len(res.Findings))
		}
	}
}

// BenchmarkValidateFinding: one typical finding (a related place, a fix of
// one edit) checked against an HTML article with comments.
func BenchmarkValidateFinding(b *testing.B) {
	src := []byte(strings.Repeat("Café <b>owners</b> said <!-- c --> the “price” rose. ", 1000))
	a, err := article.Parse("a.html", article.HTML, src)
	if err != nil {
		b.Fatal(err)
	}
	w := a.Words()[3000]
	f := rules.Finding{Path: "a.html", Span: w.Span, Related: []rules.Related{{Span: w.Span}},
		Fixes: []rules.Fix{fix(rules.Edit{Span: w.Span, New: "x"})}}
	b.ReportAllocs()
	for b.Loop() {
		if err := rules.ValidateFinding(f, a); err != nil {
			b.Fatal(err)
		}
	}
}

func edit(s, e int, n string) rules.Edit {
	return rules.Edit{Span: article.Span{Start: s, End: e}, New: n}
}
