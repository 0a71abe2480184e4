package engine_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// langRule reports, once per article, the language its pass was given and
// whether the configuration named it.
var langRule = &rules.Rule{ID: "lang", Severity: rules.Info, Run: func(p *rules.Pass) error {
	msg := p.Language
	if p.LanguageSet {
		msg += " set"
	}
	p.Report(rules.Finding{Span: p.Article.Paragraphs[0].Span, Message: msg})
	return nil
}}

// TestLanguagePerFile: each article's pass gets the language of the last
// override that matches it and names one, and says whether any
// configuration named it; an override outside its folder matches nothing.
func TestLanguagePerFile(t *testing.T) {
	e := &engine.Engine{Language: "en-US", Rules: []engine.RuleConfig{
		{Rule: langRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}},
		Overrides: []engine.Override{
			{Files: []string{"uk/**"}, Dir: ".", Language: "en-GB"},
			{Files: []string{"**"}, Dir: "uk/ie", Language: "en-IE"},
			{Files: []string{"**"}, Dir: "uk/sport"}, // sets rules only: the language stays
			{Files: []string{"**"}, Dir: "us", Language: "en-GB"},
		}}
	src := []byte("A story.")
	var in []engine.Input
	for _, p := range []string{"a.txt", "uk/a.txt", "uk/ie/a.txt", "uk/sport/a.txt", "../us/a.txt"} {
		in = append(in, engine.Input{Path: p, Read: func() ([]byte, error) { return src, nil }})
	}
	res, err := e.Run(in)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range res.Findings {
		got[f.Path] = f.Message
	}
	want := map[string]string{"a.txt": "en-US", "uk/a.txt": "en-GB set", "uk/ie/a.txt": "en-IE set",
		"uk/sport/a.txt": "en-GB set", "../us/a.txt": "en-US"}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%s: pass language %q, want %q", p, got[p], w)
		}
	}
	e.LanguageSet = true
	if fc := e.ConfigFor("a.txt"); fc.Language != "en-US" || !fc.LanguageSet {
		t.Errorf("ConfigFor(a.txt) = %s, %v; want en-US set", fc.Language, fc.LanguageSet)
	}
}
