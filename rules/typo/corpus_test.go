package typo

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
// articles, which are edited copy in British spelling. The ones checked by
// hand and found real (typos in the published copy) are listed in
// testdata/bbc-confirmed.list ("path typo line word", no corpus text
// beyond the misspelt word); the others are false alarms, held to 0.02
// per article (issue 11).
func TestCorpusBBCQuiet(t *testing.T) {
	dir := needCorpus(t, "bbc-fulltext")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	known := confirmedTypos(t, "testdata/bbc-confirmed.list")
	var alarms, real []string
	n, info := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, f)
		fs, a := ruletest.Check(t, Rule, f, src, ruletest.Options{Language: "en-GB"})
		n++
		for _, x := range fs {
			if x.Severity < rules.Warning {
				info++
				continue
			}
			key := fmt.Sprintf("%s typo %d %s", filepath.ToSlash(rel), 1+strings.Count(string(src[:x.Span.Start]), "\n"),
				a.Source[x.Span.Start:x.Span.End])
			if known[key] {
				real = append(real, key)
			} else {
				alarms = append(alarms, key+"\t"+x.Message)
			}
		}
	}
	sort.Strings(alarms)
	rate := float64(len(alarms)) / float64(max(n, 1))
	t.Logf("BBC: %d articles, %d findings at warning+: %d confirmed real, %d false alarms (%.4f per article); %d info",
		n, len(real)+len(alarms), len(real), len(alarms), rate, info)
	t.Logf("false alarms:\n%s", strings.Join(alarms, "\n"))
	var gone []string
	for k := range known {
		if !slices.Contains(real, k) {
			gone = append(gone, k)
		}
	}
	sort.Strings(gone)
	t.Logf("confirmed typos no longer reported at warning: %d\n%s", len(gone), strings.Join(gone, "\n"))
	if rate > 0.02 {
		t.Errorf("%.4f false alarms per untouched article, over 0.02", rate)
	}
}

// confirmedTypos reads a list of "path typo line word" keys, "#" comments.
func confirmedTypos(t *testing.T, path string) map[string]bool {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if fs := strings.Fields(line); len(fs) >= 4 && !strings.HasPrefix(fs[0], "#") {
			m[strings.Join(fs[:4], " ")] = true
		}
	}
	return m
}
