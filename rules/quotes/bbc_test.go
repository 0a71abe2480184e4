package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestBBC counts findings on the untouched BBC articles. Warnings of
// unattributed-quote checked by hand and found real are listed in
// testdata/bbc-confirmed.list ("path rule line" and why); every other
// warning is a false alarm and printed. Infos (attribution only implied by
// the paragraph before) are counted, and printed with SHOW=info.
func TestBBC(t *testing.T) {
	files := corpustest.BBC(t)
	known := confirmedList(t, "testdata/bbc-confirmed.list")
	counts := map[string]int{}
	var alarms, confirmed, infos int
	for _, f := range files {
		rel, src := f.Path, f.Src
		for _, r := range []*rules.Rule{Unattributed, Unbalanced} {
			fs, a := ruletest.Check(t, r, rel, src, ruletest.Options{})
			counts[r.ID] += len(fs)
			for _, fd := range fs {
				switch {
				case r == Unbalanced:
					if os.Getenv("SHOW") == "unbalanced" {
						t.Log(describe(a, fd))
					}
				case fd.Severity == rules.Info:
					infos++
					if os.Getenv("SHOW") == "info" {
						t.Log(describe(a, fd))
					}
				case known[fmt.Sprintf("%s %s %d", rel, fd.Rule, a.Lines.Position(fd.Span.Start).Line)]:
					confirmed++
				default:
					alarms++
					t.Logf("false alarm? %s", describe(a, fd))
				}
			}
		}
	}
	n := float64(len(files))
	t.Logf("BBC: %d articles; unattributed-quote %d: %d warnings confirmed real, %d false alarms (%.4f per article), "+
		"%d infos (%.3f per article); unbalanced-quote %d (%.3f per article)",
		len(files), counts["unattributed-quote"], confirmed, alarms, float64(alarms)/n, infos, float64(infos)/n,
		counts["unbalanced-quote"], float64(counts["unbalanced-quote"])/n)
	if n > 0 && float64(alarms)/n > 0.005 {
		t.Errorf("unattributed-quote: %.4f false alarms per article, want ≤ 0.005", float64(alarms)/n)
	}
	if n > 0 && float64(infos)/n > 0.1 {
		t.Errorf("unattributed-quote: %.3f infos per article: the rule cries wolf", float64(infos)/n)
	}
}

// confirmedList reads "path rule line" keys, one a line; # starts a comment.
func confirmedList(t *testing.T, path string) map[string]bool {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		if fs := strings.Fields(line); len(fs) >= 3 && !strings.HasPrefix(fs[0], "#") {
			m[strings.Join(fs[:3], " ")] = true
		}
	}
	return m
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
