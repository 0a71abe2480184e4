package engine_test

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

func runWith(t *testing.T, name, src string) []rules.Finding {
	t.Helper()
	e := &engine.Engine{Rules: []engine.RuleConfig{
		{Rule: wordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}},
		{Rule: engine.UnusedSuppression, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}},
	}}
	f, _ := articleFormat(name)
	res, err := e.Run([]engine.Input{{Path: name, Format: f, Read: func() ([]byte, error) { return []byte(src), nil }}})
	if err != nil {
		t.Fatal(err)
	}
	return res.Findings
}

func TestSuppressions(t *testing.T) {
	tests := []struct {
		name, file, src string
		every, unused   int // findings of every-the and unused-suppression
	}{
		{"none", "a.md", "the cat\n\nthe dog\n", 2, 0},
		{"disable to end", "a.md", "the cat\n\n<!-- copydesk-disable every-the -->\n\nthe dog\n", 1, 0},
		{"disable all rules", "a.md", "<!-- copydesk-disable -->\nthe cat\n", 0, 0},
		{"disable and enable", "a.md", "<!-- copydesk-disable every-the -->\nthe cat\n<!-- copydesk-enable every-the -->\n\nthe dog\n", 1, 0},
		{"next line, skipping blanks", "a.md", "<!-- copydesk-disable-next-line every-the -->\n\nthe cat\n\nthe dog\n", 1, 0},
		{"comma list", "a.html", "<p><!-- copydesk-disable-next-line typo, every-the --></p>\n<p>the cat</p>\n", 0, 0},
		{"other rule only", "a.md", "<!-- copydesk-disable typo -->\nthe cat\n", 1, 1},
		{"unused", "a.md", "<!-- copydesk-disable-next-line every-the -->\na cat\n", 0, 1},
		{"unknown rule", "a.md", "<!-- copydesk-disable every-thee -->\nthe cat\n", 1, 1},
		{"plain text has no comments", "a.txt", "<!-- copydesk-disable -->\nthe cat\n", 1, 0},
		{"inline comment in Markdown", "a.md", "A <!-- copydesk-disable every-the --> note.\n\nthe cat\n", 0, 0},
		{"fenced code is no comment", "a.md", "```\n<!-- copydesk-disable -->\n```\n\nthe cat\n", 1, 0},
		{"indented code is no comment", "a.md", "Intro.\n\n    <!-- copydesk-disable -->\n\nthe cat\n", 1, 0},
		{"code span is no comment", "a.md", "See `<!-- copydesk-disable -->`.\n\nthe cat\n", 1, 0},
		{"escaped in HTML is no comment", "a.html", "<pre>&lt;!-- copydesk-disable --&gt;</pre><p>the cat</p>", 1, 0},
		{"HTML comment", "a.html", "<!-- copydesk-disable --><p>the cat</p>", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counts := map[string]int{}
			for _, f := range runWith(t, tt.file, tt.src) {
				counts[f.Rule]++
			}
			if counts["every-the"] != tt.every || counts["unused-suppression"] != tt.unused {
				t.Errorf("got %v, want every-the %d, unused-suppression %d", counts, tt.every, tt.unused)
			}
		})
	}
}

// TestSic: "[sic]" after a word silences typo findings on it, and no others.
func TestSic(t *testing.T) {
	fake := &rules.Rule{ID: "typo", Severity: rules.Warning, Run: func(p *rules.Pass) error {
		for _, w := range p.Article.Words() {
			if w.Text == "teh" {
				p.Reportf(w.Span, "typo")
			}
		}
		return nil
	}}
	e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: fake, Enabled: true, Severity: rules.Warning, Options: &rules.Settings{}}}}
	src := "He wrote teh [sic] word, and teh other teh *[sic]*."
	res, err := e.Run([]engine.Input{{Path: "a.md", Format: "markdown", Read: func() ([]byte, error) { return []byte(src), nil }}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Span.Start != 29 {
		t.Errorf("want one finding at 29, got %+v", res.Findings)
	}
}

// TestUnusedSuppressionFix: deleting an unused disable takes its
// copydesk-enable too, and the lines they stood alone on.
func TestUnusedSuppressionFix(t *testing.T) {
	src := "a cat\n\n<!-- copydesk-disable every-the -->\na dog\n<!-- copydesk-enable every-the -->\n\nend <!-- copydesk-disable-next-line every-the --> here\nno\n"
	want := "a cat\n\na dog\n\nend  here\nno\n"
	var edits []rules.Edit
	for _, f := range runWith(t, "a.md", src) {
		if f.Rule == "unused-suppression" {
			edits = append(edits, f.Fixes[0].Edits...)
		}
	}
	got, err := rules.Apply([]byte(src), edits)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("after the fixes:\n%q\nwant\n%q", got, want)
	}
}

// TestSuppressOverrideRule: a rule turned on only for some files by an
// override is a rule that ran for those files: a suppression naming it
// there silences it, and one that silences nothing says so, not that it
// names no rule.
func TestSuppressOverrideRule(t *testing.T) {
	off := engine.RuleConfig{Rule: wordRule, Enabled: false, Severity: rules.Info, Options: &rules.Settings{}}
	on := off
	on.Enabled = true
	e := &engine.Engine{
		Rules: []engine.RuleConfig{off,
			{Rule: engine.UnusedSuppression, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}},
		Overrides: []engine.Override{{Files: []string{"wire/**"}, Dir: ".", Rules: map[string]engine.RuleConfig{wordRule.ID: on}}},
	}
	src := []byte("<!-- copydesk-disable-next-line every-the -->\nthe cat\n\n<!-- copydesk-disable-next-line every-the -->\na dog\n\nthe end\n")
	res, err := e.Run([]engine.Input{{Path: "wire/a.md", Format: article.Markdown, Read: func() ([]byte, error) { return src, nil }}})
	if err != nil {
		t.Fatal(err)
	}
	var every, unused []string
	for _, f := range res.Findings {
		switch f.Rule {
		case wordRule.ID:
			every = append(every, f.Message)
		case engine.UnusedSuppression.ID:
			unused = append(unused, f.Message)
		}
	}
	if len(every) != 1 || len(unused) != 1 || !strings.Contains(unused[0], "silences no finding") {
		t.Errorf("every-the %q, unused-suppression %q; want one of each, the second saying it silences no finding", every, unused)
	}
}
