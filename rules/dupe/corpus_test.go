package dupe_test

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/dupe"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestCorpus measures duplicate-block on the BBC articles (which repeat no
// paragraph): false alarms on the untouched articles, and recall on copies
// inserted by this test — a paragraph pasted again later, the whole body
// pasted after itself, and a pasted paragraph with one word changed.
//
//	go test ./rules/dupe -run TestCorpus -v
func TestCorpus(t *testing.T) {
	files := corpustest.BBC(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var falseAlarms int
	cases := map[string][2]int{} // kind → {found, total}
	tally := func(kind string, found bool) {
		c := cases[kind]
		c[1]++
		if found {
			c[0]++
		}
		cases[kind] = c
	}
	for _, a := range files {
		f, src := a.Path, a.Src
		fs, _ := ruletest.Check(t, dupe.Rule, f, src, ruletest.Options{})
		falseAlarms += len(fs)
		for _, fd := range fs {
			t.Logf("false alarm? %s: %s", f, fd.Message)
		}
		var paras []string
		for _, p := range strings.Split(string(src), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		if len(paras) < 3 {
			continue
		}
		body := paras[1:]
		k := rng.IntN(len(body))
		long := len(strings.Fields(body[k])) >= 8
		// A paragraph pasted again at a later place.
		at := 1 + k + 1 + rng.IntN(len(body)-k)
		tally(kind("paragraph", long), detects(t, f, insert(paras, at, body[k]), at, at+1))
		// The same, with one word changed.
		tally(kind("paragraph, one word changed", long), detects(t, f, insert(paras, at, changeWord(body[k], rng)), at, at+1))
		if n := len(strings.Fields(body[k])); n >= 30 {
			three := changeWord(changeWord(changeWord(body[k], rng), rng), rng)
			tally("paragraph of 30+ words, three words changed", detects(t, f, insert(paras, at, three), at, at+1))
		}
		// The whole body pasted after itself.
		tally("whole body", detects(t, f, append(append([]string{}, paras...), body...), len(paras), len(paras)+len(body)))
	}
	t.Logf("untouched BBC articles: %d false alarms in %d articles (%.4f per article)", falseAlarms, len(files), float64(falseAlarms)/float64(len(files)))
	kinds := make([]string, 0, len(cases))
	for k := range cases {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		c := cases[k]
		t.Logf("recall, %s: %d/%d = %.3f", k, c[0], c[1], float64(c[0])/float64(c[1]))
	}
	if float64(falseAlarms)/float64(len(files)) > 0.01 {
		t.Errorf("too many false alarms: %d", falseAlarms)
	}
	if c := cases["whole body"]; c[0] < c[1]*95/100 {
		t.Errorf("whole-body recall %d/%d", c[0], c[1])
	}
}

func kind(k string, long bool) string {
	if long {
		return k + " (8+ words)"
	}
	return k + " (under 8 words)"
}

func insert(paras []string, at int, p string) []string {
	out := append([]string{}, paras[:at]...)
	out = append(out, p)
	return append(out, paras[at:]...)
}

func changeWord(p string, rng *rand.Rand) string {
	ws := strings.Fields(p)
	ws[rng.IntN(len(ws))] = "meanwhile"
	return strings.Join(ws, " ")
}

// detects reports whether duplicate-block finds the copy inserted into
// paras as paragraphs [from, to): exactly one finding, spanning the copy.
func detects(t *testing.T, name string, paras []string, from, to int) bool {
	src := strings.Join(paras, "\n\n") + "\n"
	start := len(strings.Join(paras[:from], "\n\n")) + 2
	end := len(strings.Join(paras[:to], "\n\n"))
	fs, _ := ruletest.Check(t, dupe.Rule, name, []byte(src), ruletest.Options{})
	if len(fs) != 1 || len(fs[0].Fixes) == 0 {
		return false
	}
	f := fs[0]
	if f.Span.Start != start || f.Span.End != end {
		t.Logf("%s: finding at %d-%d, copy at %d-%d", name, f.Span.Start, f.Span.End, start, end)
		return false
	}
	_, err := rules.Apply([]byte(src), f.Fixes[0].Edits)
	return err == nil
}
