package dupe_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/dupe"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// FuzzDupe: on any input, as plain text, Markdown or HTML, every finding
// and fix of duplicate-block is valid (ruletest.CheckFuzz: inside the file,
// on character boundaries, edits sorted and apart, no HTML comment cut),
// its safe fixes apply to a file the reader still reads, and they delete
// the copies and nothing else: the fixed file's prose is the original's
// less the paragraphs the fixes deleted, so no stray markup was left to
// make new prose. (The words are compared, not how they are split into
// paragraphs: a plain-text file that loses its only blank line is read a
// paragraph per line.)
//
//	go test ./rules/dupe -run '^$' -fuzz FuzzDupe -fuzztime 60s
func FuzzDupe(f *testing.F) {
	ruletest.AddFuzzSeeds(f, "testdata/*", "../../testdata/example.txt")
	f.Add([]byte("A line said twice. A line said twice.\n\n<p>A line said twice.</p>\n"), uint8(1))
	f.Add([]byte("# Head\n\nHead\n\n- item one two three\n- item one two three\n"), uint8(1))
	f.Add([]byte("<div><p>The council met on Monday to discuss the budget.</p>\n<p>The council met on Monday to discuss the budget.</p></div>\n<p>Next.</p>\n"), uint8(2))
	f.Add([]byte("The council met on Monday to discuss the budget\n\nThe council met on Monday to discuss the budget\n===\n\nNext.\n"), uint8(1))
	f.Fuzz(func(t *testing.T, src []byte, kind uint8) {
		name := ruletest.FuzzName(kind)
		res := ruletest.CheckFuzz(t, dupe.Rule, map[string][]byte{name: src}, ruletest.Options{})
		edits := rules.SafeEdits(res.Findings, false)
		if len(edits) == 0 || t.Failed() {
			return
		}
		out, _ := rules.Apply(src, edits) // CheckFuzz checked it applies
		format, _ := article.FormatOf(name)
		before, _ := article.Parse(name, format, src)
		after, _ := article.Parse(name, format, out)
		want, got := kept(t, before, edits), paragraphs(after.Paragraphs)
		if want != got {
			t.Errorf("the safe fixes %+v of %q left other prose than the original's less the copies:\n--- want\n%s--- got\n%s", edits, src, want, got)
		}
	})
}

// kept lists the paragraphs of a that no edit deletes; one an edit cuts
// fails the test.
func kept(t *testing.T, a *article.Article, edits []rules.Edit) string {
	var ps []*article.Paragraph
	for _, p := range a.Paragraphs {
		deleted := false
		for _, e := range edits {
			if e.Span.Start <= p.Span.Start && p.Span.End <= e.Span.End {
				deleted = true
			} else if e.Span.Start < p.Span.End && p.Span.Start < e.Span.End {
				t.Errorf("safe edit %+v cuts paragraph %d:%d", e, p.Span.Start, p.Span.End)
			}
		}
		if !deleted {
			ps = append(ps, p)
		}
	}
	return paragraphs(ps)
}

// paragraphs is the words of ps, one a line.
func paragraphs(ps []*article.Paragraph) string {
	var b strings.Builder
	for _, p := range ps {
		for _, w := range strings.Fields(p.Text) {
			fmt.Fprintf(&b, "%q\n", w)
		}
	}
	return b.String()
}
