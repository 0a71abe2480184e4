package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestBBC counts findings on the BBC articles and prints the first twenty
// unattributed-quote findings (in file order), for a person to judge.
func TestBBC(t *testing.T) {
	dir := ruletest.Corpus(t, "bbc-fulltext")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	slices.Sort(files)
	counts := map[string]int{}
	var shown []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, f)
		for _, r := range []*rules.Rule{Unattributed, Unbalanced} {
			fs, a := ruletest.Check(t, r, rel, src, ruletest.Options{})
			counts[r.ID] += len(fs)
			if r == Unattributed && len(shown) < 20 {
				for _, fd := range fs[:min(len(fs), 20-len(shown))] {
					shown = append(shown, describe(a, fd))
				}
			}
			if r == Unbalanced && os.Getenv("SHOW") == "unbalanced" {
				for _, fd := range fs {
					t.Log(describe(a, fd))
				}
			}
		}
	}
	n := float64(len(files))
	t.Logf("BBC: %d articles; unattributed-quote %d (%.3f per article); unbalanced-quote %d (%.3f per article)",
		len(files), counts["unattributed-quote"], float64(counts["unattributed-quote"])/n,
		counts["unbalanced-quote"], float64(counts["unbalanced-quote"])/n)
	for i, s := range shown {
		t.Logf("%2d %s", i+1, s)
	}
	if n > 0 && float64(counts["unattributed-quote"])/n > 1 {
		t.Errorf("more than one unattributed-quote finding per article: the rule cries wolf")
	}
}

// describe prints a finding with its sentence around it.
func describe(a *article.Article, f rules.Finding) string {
	pos := a.Lines.Position(f.Span.Start)
	src := string(a.Source)
	s := max(0, f.Span.Start-160)
	if i := strings.LastIndexAny(src[s:f.Span.Start], "\n"); i >= 0 {
		s += i + 1
	}
	e := min(len(src), f.Span.End+60)
	for s > 0 && src[s]&0xC0 == 0x80 {
		s--
	}
	for e < len(src) && src[e]&0xC0 == 0x80 {
		e++
	}
	return fmt.Sprintf("%s:%d:%d %s …%s[[%s]]%s…", a.Path, pos.Line, pos.Column, f.Rule,
		src[s:f.Span.Start], src[f.Span.Start:f.Span.End], strings.ReplaceAll(src[f.Span.End:e], "\n", "/"))
}
