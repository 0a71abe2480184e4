package typo

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestCorpusTuneRealWord prints, for the real-word check, how many hits and
// false alarms each evidence threshold would give on Zesch's training and
// artificial sets and on the BBC articles: how the thresholds were chosen.
func TestCorpusTuneRealWord(t *testing.T) {
	dir := needCorpus(t, "realword-wikipedia-zesch2012")
	type obs struct {
		gain float64
		kind string
		hit  bool
	}
	var seen []obs
	var at, errAt, errLen int
	traceRealWord = func(pos int, word, alt string, gain float64, kind string) {
		seen = append(seen, obs{gain, kind, errAt >= 0 && pos < errAt+errLen && errAt < pos+len(word)})
		_ = at
	}
	defer func() { traceRealWord = nil }()
	for _, name := range []string{"en_natural_train.txt", "en_artificial_noun.txt", "en_artificial_token.txt"} {
		for _, it := range readRealWord(t, filepath.Join(dir, name)) {
			errAt, errLen = it.at, len(it.wrong)
			ruletest.Check(t, Rule, "s.txt", []byte(it.sentence), ruletest.Options{})
			errAt = -1
			fixed := it.sentence[:it.at] + it.right + it.sentence[it.at+len(it.wrong):]
			ruletest.Check(t, Rule, "s.txt", []byte(fixed), ruletest.Options{})
		}
	}
	bbcDir := ruletest.Corpus(t, "bbc-fulltext")
	files, _ := filepath.Glob(filepath.Join(bbcDir, "*", "*.txt"))
	errAt = -1
	nZesch := len(seen)
	for _, f := range files {
		src, _ := os.ReadFile(f)
		ruletest.Check(t, Rule, f, src, ruletest.Options{Language: "en-GB"})
	}
	for _, kind := range []string{"rare", "confusion", "near"} {
		for _, th := range []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14} {
			hit, miss, bbc := 0, 0, 0
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
			t.Logf("%-9s gain>=%2.0f: Zesch hits %4d false %4d (precision %.2f); BBC %4d", kind, th, hit, miss, ratio(hit, hit+miss), bbc)
		}
	}
	_ = sort.Float64s
}
