package typo

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// The quality measurements read ../shared/corpus through corpustest: they
// run with every `go test` (about ten seconds in all), skip with -short or
// without the corpus, and fail without it under CI.
//
//	go test ./rules/typo/ -run Corpus -v

// TestCorpusBBCQuiet counts findings at warning or above on untouched BBC
// articles, which are edited copy in British spelling. The ones checked by
// hand and found real (typos in the published copy) are listed in
// testdata/bbc-confirmed.list ("path typo line word", no corpus text
// beyond the misspelt word); the others are false alarms, held to 0.02
// per article (issue 11).
func TestCorpusBBCQuiet(t *testing.T) {
	arts := corpustest.BBC(t)
	known := confirmedTypos(t, "testdata/bbc-confirmed.list")
	var alarms, confirmed []string
	n, info := 0, 0
	for _, art := range arts {
		src, rel := art.Src, art.Path
		fs, a := ruletest.Check(t, Rule, rel, src, ruletest.Options{Language: "en-GB"})
		n++
		for _, x := range fs {
			if x.Severity < rules.Warning {
				info++
				continue
			}
			key := fmt.Sprintf("%s typo %d %s", rel, 1+strings.Count(string(src[:x.Span.Start]), "\n"),
				a.Source[x.Span.Start:x.Span.End])
			if known[key] {
				confirmed = append(confirmed, key)
			} else {
				alarms = append(alarms, key+"\t"+x.Message)
			}
		}
	}
	sort.Strings(alarms)
	rate := float64(len(alarms)) / float64(max(n, 1))
	t.Logf("BBC: %d articles, %d findings at warning+: %d confirmed real, %d false alarms (%.4f per article); %d info",
		n, len(confirmed)+len(alarms), len(confirmed), len(alarms), rate, info)
	t.Logf("false alarms:\n%s", strings.Join(alarms, "\n"))
	var gone []string
	for k := range known {
		if !slices.Contains(confirmed, k) {
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
