package typo

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// zeschHalves splits Zesch's natural training set by position: the
// even-numbered items tune the language model's thresholds, the odd ones
// are held out for the figures reported.
func zeschHalves(t *testing.T) (tune, held []realWordItem) {
	dir := needCorpus(t, "realword-wikipedia-zesch2012")
	for i, it := range readRealWord(t, filepath.Join(dir, "en_natural_train.txt")) {
		if i%2 == 0 {
			tune = append(tune, it)
		} else {
			held = append(held, it)
		}
	}
	return tune, held
}

// TestCorpusLMRealWord reports real-word precision and recall on both
// halves of Zesch's natural set (the held-out half is the figure to quote).
func TestCorpusLMRealWord(t *testing.T) {
	tune, held := zeschHalves(t)
	for _, h := range []struct {
		name  string
		items []realWordItem
	}{{"tune (even)", tune}, {"held out (odd)", held}, {"all", append(append([]realWordItem{}, tune...), held...)}} {
		w, i := measureRealWord(t, h.items, rules.Warning), measureRealWord(t, h.items, rules.Info)
		t.Logf("%s: warning+: %v", h.name, w)
		t.Logf("%s: info+:    %v", h.name, i)
	}
}

// TestCorpusTuneLM prints, per kind of alternative and gain threshold, the
// language model's hits and false alarms on the tuning half of Zesch's
// natural set (sentence and corrected twin) and its findings on the BBC
// articles: how lmNear* and lmConf* were chosen.
func TestCorpusTuneLM(t *testing.T) {
	tune, _ := zeschHalves(t)
	type obs struct {
		gain float64
		kind string
		hit  bool
	}
	var seen []obs
	errAt, errLen := -1, 0
	traceRealWord = func(pos int, word, alt string, gain float64, kind string) {
		seen = append(seen, obs{gain, kind, errAt >= 0 && pos < errAt+errLen && errAt < pos+len(word)})
	}
	defer func() { traceRealWord = nil }()
	for _, it := range tune {
		errAt, errLen = it.at, len(it.wrong)
		ruletest.Check(t, Rule, "s.txt", []byte(it.sentence), ruletest.Options{})
		errAt = -1
		fixed := it.sentence[:it.at] + it.right + it.sentence[it.at+len(it.wrong):]
		ruletest.Check(t, Rule, "s.txt", []byte(fixed), ruletest.Options{})
	}
	nZesch := len(seen)
	files, _ := filepath.Glob(filepath.Join(ruletest.Corpus(t, "bbc-fulltext"), "*", "*.txt"))
	for _, f := range files {
		src, _ := os.ReadFile(f)
		ruletest.Check(t, Rule, f, src, ruletest.Options{Language: "en-GB"})
	}
	for _, kind := range []string{"lm-near", "lm-confusion"} {
		for _, th := range []float64{0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7} {
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
			t.Logf("%-12s gain>=%3.1f: Zesch tune hits %3d false %3d (precision %.2f); BBC %4d (%.3f per article)",
				kind, th, hit, miss, ratio(hit, hit+miss), bbc, float64(bbc)/float64(max(1, len(files))))
		}
	}
}
