// Package ruletest runs rules on test input and compares findings with
// golden files. Run `go test ./... -update` to rewrite the golden files,
// then review the diff.
package ruletest

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Options tune a test run.
type Options struct {
	Language string        // default en-US
	Shared   *rules.Shared // newsroom data
	Options  rules.Options // the rule's options; its defaults when nil
	Extra    []*rules.Rule // more rules to run alongside
	// Fuzz says the caller is a fuzz target: input the reader refuses as
	// not text (ErrNotText) skips the call instead of failing the test.
	Fuzz bool
}

// Check runs rule on one file's bytes; the format comes from the name.
func Check(t testing.TB, rule *rules.Rule, name string, src []byte, o Options) ([]rules.Finding, *article.Article) {
	t.Helper()
	res := CheckBatch(t, rule, map[string][]byte{name: src}, o)
	return res.Findings, res.Articles[0]
}

// CheckBatch runs rule over several files at once (for batch rules).
func CheckBatch(t testing.TB, rule *rules.Rule, files map[string][]byte, o Options) *engine.Result {
	t.Helper()
	var inputs []engine.Input
	for name, src := range files {
		f, _ := article.FormatOf(name)
		inputs = append(inputs, engine.Input{Path: name, Format: f, Read: func() ([]byte, error) { return src, nil }})
	}
	opts := o.Options
	if opts == nil && rule.NewOptions != nil {
		opts = rule.NewOptions()
	}
	if opts == nil {
		opts = &rules.Settings{}
	}
	rcs := []engine.RuleConfig{{Rule: rule, Enabled: true, Severity: rule.Severity, Options: opts}}
	for _, x := range o.Extra {
		var xo rules.Options = &rules.Settings{}
		if x.NewOptions != nil {
			xo = x.NewOptions()
		}
		rcs = append(rcs, engine.RuleConfig{Rule: x, Enabled: true, Severity: x.Severity, Options: xo})
	}
	lang := o.Language
	if lang == "" {
		lang = "en-US"
	}
	// a test that names a language runs as a config naming it would
	e := &engine.Engine{Rules: rcs, Language: lang, LanguageSet: o.Language != "", Shared: o.Shared}
	res, err := e.Run(inputs)
	if err == nil {
		err = res.Err()
	}
	if o.Fuzz && errors.Is(err, article.ErrNotText) {
		// the reader refuses input that is not text, as documented: a
		// fuzzer's bytes often are not, and there is nothing to check
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	refs := []*article.Article{}
	if o.Shared != nil {
		refs = o.Shared.References // files findings may point into (sources)
	}
	checkValid(t, res, refs)
	return res
}

// checkValid fails the test on a finding the engine dropped as invalid (a
// bug in the rule: Pass.Report warns on its file, naming the rule's line)
// and on any invalid finding that reached the result (the engine's own).
func checkValid(t testing.TB, res *engine.Result, refs []*article.Article) {
	t.Helper()
	for _, a := range res.Articles {
		for _, w := range a.Warnings {
			if strings.HasPrefix(w.Message, rules.RuleBugPrefix) {
				t.Errorf("%s: %s", a.Path, w.Message)
			}
		}
	}
	files := append(slices.Clone(res.Articles), refs...)
	for _, f := range res.Findings {
		if err := rules.ValidateFinding(f, files...); err != nil {
			t.Errorf("%s: invalid finding of %s: %v", f.Path, f.Rule, err)
		}
	}
}

// Format prints findings one a line, with positions as line:col (code
// points) and the flagged text, for golden files and failure messages.
func Format(fs []rules.Finding, arts ...*article.Article) string {
	byPath := map[string]*article.Article{}
	for _, a := range arts {
		byPath[a.Path] = a
	}
	var b strings.Builder
	for _, f := range fs {
		a := byPath[f.Path]
		where := fmt.Sprintf("%d-%d", f.Span.Start, f.Span.End)
		text := ""
		if a != nil {
			s, e := a.Lines.Position(f.Span.Start), a.Lines.Position(f.Span.End)
			where = fmt.Sprintf("%d:%d-%d:%d", s.Line, s.Column, e.Line, e.Column)
			text = string(a.Source[f.Span.Start:f.Span.End])
			if len(text) > 60 {
				text = text[:30] + "…" + text[len(text)-20:]
			}
		}
		fmt.Fprintf(&b, "%s %s %s %s: %s %q\n", f.Path, where, f.Severity, f.Rule, f.Message, text)
		for _, r := range f.Related {
			fmt.Fprintf(&b, "\trelated %s %d-%d: %s\n", r.Path, r.Span.Start, r.Span.End, r.Message)
		}
		for _, fx := range f.Fixes {
			fmt.Fprintf(&b, "\tfix (safe=%v) %s:", fx.Safe, fx.Message)
			for _, e := range fx.Edits {
				fmt.Fprintf(&b, " [%d-%d→%q]", e.Span.Start, e.Span.End, e.New)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// Golden compares got with the file at path, or rewrites it with -update.
func Golden(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run with -update and review the diff):\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}
