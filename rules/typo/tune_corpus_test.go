package typo

import (
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestCorpusTuneRealWord prints, for the real-word check the language model
// does not settle, how many hits and false alarms each evidence threshold
// would give on Zesch's training and artificial sets and on the BBC
// articles: how the thresholds were chosen. It holds the thresholds in use
// to what realword.go says of them: a near miss at info is right at least
// three times in four on Zesch's sets, and a rare word's warning fires on at
// most one BBC article in a hundred.
func TestCorpusTuneRealWord(t *testing.T) {
	dir := corpustest.Dir(t, "realword-wikipedia-zesch2012")
	var items []realWordItem
	for _, name := range []string{"en_natural_train.txt", "en_artificial_noun.txt", "en_artificial_token.txt"} {
		items = append(items, readRealWord(t, filepath.Join(dir, name))...)
	}
	seen, nZesch, nBBC := traceGains(t, items)
	for _, kind := range []string{"rare", "confusion", "near"} {
		for _, th := range []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14} {
			hit, miss, bbc := gainCounts(seen, nZesch, kind, th)
			t.Logf("%-9s gain>=%2.0f: Zesch hits %4d false %4d (precision %.2f); BBC %4d", kind, th, hit, miss, ratio(hit, hit+miss), bbc)
		}
	}
	if hit, miss, _ := gainCounts(seen, nZesch, "near", infoGain); ratio(hit, hit+miss) < 0.75 {
		t.Errorf("near misses at the info threshold %.0f: precision %.2f on Zesch's sets (%d hits, %d false), under 0.75", infoGain, ratio(hit, hit+miss), hit, miss)
	}
	if _, _, bbc := gainCounts(seen, nZesch, "rare", warnRare); float64(bbc)/float64(max(1, nBBC)) > 0.01 {
		t.Errorf("rare-word warnings at gain %.0f: %d on %d BBC articles, over 1 in 100", warnRare, bbc, nBBC)
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
	arts := corpustest.BBC(t)
	for _, a := range arts {
		ruletest.Check(t, Rule, a.Path, a.Src, ruletest.Options{Language: "en-GB"})
	}
	return seen, nZesch, len(arts)
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
