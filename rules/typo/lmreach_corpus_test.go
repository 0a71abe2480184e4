package typo

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestCorpusLMReach says, for each error of Zesch's natural set, where the
// real-word check stopped on it: never given to the language model (the
// word is not in the lexicon, has no alternatives, is a compound's part …),
// not in the model, nothing to weigh it against, passed by the fast path
// (both its bigrams kept), the right word not among those weighed (not one
// edit away, not in a confusion set), weighed below the threshold (with the
// right word's gain), or found. It is how the README's account of what is
// out of the model's reach was counted; it fails when a hit is not counted
// as found, or an error is counted twice.
func TestCorpusLMReach(t *testing.T) {
	tune, held := zeschHalves(t)
	for _, h := range []struct {
		name  string
		items []realWordItem
	}{{"tune (even)", tune}, {"held out (odd)", held}} {
		stages := map[string]int{}
		var gains []string
		for _, it := range h.items {
			stage, detail := reachOf(t, it)
			stages[stage]++
			if detail != "" {
				gains = append(gains, detail)
			}
		}
		keys := make([]string, 0, len(stages))
		total := 0
		for k, n := range stages {
			keys = append(keys, k)
			total += n
		}
		sort.Strings(keys)
		for _, k := range keys {
			t.Logf("%s: %-55s %3d", h.name, k, stages[k])
		}
		sort.Strings(gains)
		for _, g := range gains {
			t.Logf("%s:   %s", h.name, g)
		}
		if total != len(h.items) {
			t.Errorf("%s: %d errors counted, %d in the set", h.name, total, len(h.items))
		}
		if hits := measureRealWord(t, h.items, rules.Info); hits.tp != stages["found"] {
			t.Errorf("%s: %d errors counted found, the measurement has %d hits (a hit no stage counts as found, or a stage counted found that is no hit)", h.name, stages["found"], hits.tp)
		}
	}
}

// reachOf runs the rule on one item and names the stage at which the
// real-word check left its error, with the right word's gain when it was
// weighed.
func reachOf(t *testing.T, it realWordItem) (stage, detail string) {
	stage = "never given to the language model"
	on := func(at int, word string) bool { return at < it.at+len(it.wrong) && it.at < at+len(word) }
	traceLM = func(at int, word, st string, gain func(string) (float64, bool)) {
		if !on(at, word) {
			return
		}
		stage = st
		if gain == nil {
			return
		}
		right := strings.ToLower(it.right)
		g, ok := gain(right)
		switch {
		case !ok:
			stage = "weighed; right word not in the model"
		case !weighsAgainst(it.wrong, right):
			stage = "weighed; right word not an alternative"
			detail = fmt.Sprintf("%s → %s: not weighed (its gain would be %.1f)", it.wrong, it.right, g)
		default:
			stage = "weighed; right word below the threshold"
			detail = fmt.Sprintf("%s → %s: gain %.1f", it.wrong, it.right, g)
		}
	}
	defer func() { traceLM = nil }()
	fs, _ := ruletest.Check(t, Rule, "s.txt", []byte(it.sentence), ruletest.Options{})
	for _, f := range fs {
		if f.Severity >= rules.Info && onRealWord(f, it.sentence) && on(f.Span.Start, it.sentence[f.Span.Start:f.Span.End]) {
			return "found", ""
		}
	}
	if stage == "never given to the language model" {
		if _, ok := lexiconHas(it.wrong); !ok {
			stage = "never given: not in the lexicon"
		}
	}
	return stage, detail
}

// weighsAgainst reports whether the check weighs right against wrong: a
// listed word one edit away, a confusion, a lost apostrophe or a short slip.
func weighsAgainst(wrong, right string) bool {
	lw := strings.ToLower(wrong)
	m, _ := loadLM()
	l, _ := loadLexicon()
	more := l.moreAlts[lw]
	if contains(confusions[lw], right) || apostropheLost[lw] == right || contains(l.shortSlips[lw], right) ||
		contains(more.conf, right) || contains(more.shortCommon, right) {
		return true
	}
	w := m.id(lw)
	if w < 0 || len(lw) < lmMinLength {
		return false
	}
	as := m.altsOf(w)
	for i := range as.len() {
		if m.word(int32(as.at(i))) == right {
			return true
		}
	}
	return false
}

func lexiconHas(w string) (entry, bool) {
	l, _ := loadLexicon()
	return l.lookup(w)
}
