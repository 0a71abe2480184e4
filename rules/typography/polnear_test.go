package typography

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestPolNeAR runs all eight hygiene rules on the PolNeAR articles, which,
// unlike the BBC's ASCII text, are typeset web copy (curly quotes, em and
// en dashes, some damaged in scraping). It asserts nothing: the copy really
// does mix styles (a sample of findings checked by hand was nearly all
// real), so the figures are a guide to how loud the rules are on such copy.
//
//	go test ./rules/typography -run TestPolNeAR -v
func TestPolNeAR(t *testing.T) {
	dir := corpustest.Dir(t, "polnear")
	files, err := filepath.Glob(filepath.Join(dir, "*", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no PolNeAR articles in %s/*/text (%v)", dir, err)
	}
	count, articles := map[string]int{}, map[string]int{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fs, _ := ruletest.Check(t, hygiene[0], filepath.Base(f), src, ruletest.Options{Extra: hygiene[1:]})
		seen := map[string]bool{}
		for _, fd := range fs {
			count[fd.Rule]++
			if !seen[fd.Rule] {
				seen[fd.Rule] = true
				articles[fd.Rule]++
			}
		}
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t.Logf("%-22s %4d findings in %3d of %d PolNeAR articles", id, count[id], articles[id], len(files))
	}
}
