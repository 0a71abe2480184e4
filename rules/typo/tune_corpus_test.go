package typo

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestCorpusTuneRealWord prints, for the real-word check, how many hits and
// false alarms each evidence threshold would give on Zesch's training and
// artificial sets and on the BBC articles: how the thresholds were chosen.
func TestCorpusTuneRealWord(t *testing.T) {
	dir := needCorpus(t, "realword-wikipedia-zesch2012")
	var items []realWordItem
	for _, name := range []string{"en_natural_train.txt", "en_artificial_noun.txt", "en_artificial_token.txt"} {
		items = append(items, readRealWord(t, filepath.Join(dir, name))...)
	}
	seen, nZesch, _ := traceGains(t, items)
	for _, kind := range []string{"rare", "confusion", "near"} {
		for _, th := range []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14} {
			hit, miss, bbc := gainCounts(seen, nZesch, kind, th)
			t.Logf("%-9s gain>=%2.0f: Zesch hits %4d false %4d (precision %.2f); BBC %4d", kind, th, hit, miss, ratio(hit, hit+miss), bbc)
		}
	}
}

// gainObs is one alternative the real-word check weighed: its evidence,
// its kind, and whether it stood on the known error.
type gainObs struct {
	gain float64
	kind string
	hit  bool
}

// traceGains runs the rule over each item's sentence and its corrected
// twin, then over the BBC articles, and returns every alternative weighed:
// the first nZesch on the items, the rest on the nBBC articles.
func traceGains(t *testing.T, items []realWordItem) (seen []gainObs, nZesch, nBBC int) {
	errAt, errLen := -1, 0
	traceRealWord = func(pos int, word, alt string, gain float64, kind string) {
		seen = append(seen, gainObs{gain, kind, errAt >= 0 && pos < errAt+errLen && errAt < pos+len(word)})
	}
	defer func() { traceRealWord = nil }()
	for _, it := range items {
		errAt, errLen = it.at, len(it.wrong)
		ruletest.Check(t, Rule, "s.txt", []byte(it.sentence), ruletest.Options{})
		errAt = -1
		fixed := it.sentence[:it.at] + it.right + it.sentence[it.at+len(it.wrong):]
		ruletest.Check(t, Rule, "s.txt", []byte(fixed), ruletest.Options{})
	}
	nZesch = len(seen)
	files, _ := filepath.Glob(filepath.Join(ruletest.Corpus(t, "bbc-fulltext"), "*", "*.txt"))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ruletest.Check(t, Rule, f, src, ruletest.Options{Language: "en-GB"})
	}
	return seen, nZesch, len(files)
}

// gainCounts counts the alternatives of one kind with at least gain th:
// hits and false alarms on the items, and findings on the BBC articles.
func gainCounts(seen []gainObs, nZesch int, kind string, th float64) (hit, miss, bbc int) {
	for i, o := range seen {
		if o.kind != kind || o.gain < th {
			continue
		}
		switch {
		case i >= nZesch:
			bbc++
		case o.hit:
			hit++
		default:
			miss++
		}
	}
	return hit, miss, bbc
}
