package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// replaceRule is a rule whose one safe fix replaces every from with to.
func replaceRule(id, from, to string) engine.RuleConfig {
	return engine.RuleConfig{Enabled: true, Severity: rules.Info, Rule: &rules.Rule{ID: id, Scope: rules.ArticleScope,
		Run: func(p *rules.Pass) error {
			src := p.Article.Source
			for at := 0; ; {
				i := bytes.Index(src[at:], []byte(from))
				if i < 0 {
					return nil
				}
				span := article.Span{Start: at + i, End: at + i + len(from)}
				p.Report(rules.Finding{Span: span, Message: from + " → " + to,
					Fixes: []rules.Fix{{Message: "replace", Safe: true, Edits: []rules.Edit{{Span: span, New: to}}}}})
				at = span.End
			}
		}}}
}

// TestFixCycle: two rules that undo each other's fixes stop at the text
// of the round the cycle went back to, with a note naming both; the count
// is of the edits that made that text, not of every round. A third rule's
// fix, made on the way, is kept.
func TestFixCycle(t *testing.T) {
	eng := &engine.Engine{Jobs: 1, Rules: []engine.RuleConfig{
		replaceRule("to-us", "colour", "color"),
		replaceRule("to-gb", "color", "colour"),
		replaceRule("one-x", "xx", "x"),
	}}
	text := "colour xx\n"
	in := []engine.Input{{Path: "a.txt", Stdin: true, Read: func() ([]byte, error) { return []byte(text), nil }}}
	run, err := fixAll(eng, in, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	// round 1: "color x" (2 edits); 2: "colour x"; 3: "color x" again
	if got := string(run.fixed["a.txt"]); got != "color x\n" {
		t.Errorf("fixed = %q, want the text of round 1", got)
	}
	if run.counts["a.txt"] != 2 {
		t.Errorf("count = %d, want 2 (the edits that made the text kept)", run.counts["a.txt"])
	}
	if len(run.notes) != 1 || !strings.Contains(run.notes[0], "a.txt: fixes do not settle: to-gb and to-us undo each other's changes") {
		t.Errorf("notes = %q", run.notes)
	}
}

// TestFixCountsEdits: the count is of edits applied, once each: a file
// fixed over two rounds counts each fix once.
func TestFixCountsEdits(t *testing.T) {
	eng := &engine.Engine{Jobs: 1, Rules: []engine.RuleConfig{replaceRule("a-b", "aa", "b"), replaceRule("b-c", "bb", "c")}}
	in := []engine.Input{{Path: "a.txt", Stdin: true, Read: func() ([]byte, error) { return []byte("aaaa bb\n"), nil }}}
	run, err := fixAll(eng, in, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	// round 1: "bb c" (aa, aa, bb: 3 edits); round 2: "c c" (1 edit)
	if got := string(run.fixed["a.txt"]); got != "c c\n" || run.counts["a.txt"] != 4 || run.rounds["a.txt"] != 2 || len(run.notes) != 0 {
		t.Errorf("fixed %q, %d edits in %d rounds, notes %q; want \"c c\\n\", 4 in 2, none",
			got, run.counts["a.txt"], run.rounds["a.txt"], run.notes)
	}
}
