package typo

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// The quality measurements read ../shared/corpus and take minutes, so they
// run only when asked:
//
//	go test ./rules/typo/ -run Corpus -v -args -corpus
var corpusFlag = flag.Bool("corpus", false, "measure quality on ../shared/corpus")

func needCorpus(t *testing.T, sub string) string {
	t.Helper()
	if !*corpusFlag || testing.Short() {
		t.Skip("quality measurement: run with -args -corpus")
	}
	return ruletest.Corpus(t, sub)
}

// TestCorpusBBCQuiet counts findings at warning or above on untouched BBC
// articles, which are edited copy in British spelling: nearly all of them
// are false alarms.
func TestCorpusBBCQuiet(t *testing.T) {
	dir := needCorpus(t, "bbc-fulltext")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	counts := map[string]int{}
	n, warn, info := 0, 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fs, a := ruletest.Check(t, Rule, f, src, ruletest.Options{Language: "en-GB"})
		n++
		for _, x := range fs {
			if x.Severity < rules.Warning {
				info++
				continue
			}
			warn++
			counts[x.Message+" in "+filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f)+" "+string(a.Source[x.Span.Start:x.Span.End])]++
		}
	}
	var lines []string
	for k := range counts {
		lines = append(lines, k)
	}
	sort.Strings(lines)
	t.Logf("BBC: %d articles, %d findings at warning+ (%.3f per article), %d info", n, warn, float64(warn)/float64(n), info)
	t.Logf("remaining warnings:\n%s", strings.Join(lines, "\n"))
	if n > 0 && float64(warn)/float64(n) > 0.2 {
		t.Errorf("%.2f warnings per clean article: far noisier than the measured 0.09", float64(warn)/float64(n))
	}
}
