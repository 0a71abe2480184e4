package typo

import (
	"regexp"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestCorpusSecondPass measures the slips issue 11 asks the rule to see,
// put into BBC paragraphs at test time: a contraction with its apostrophe
// dropped ("don't" → "dont"), a short common word with a letter left out
// or two swapped ("from" → "frm"), and a capitalised word opening a
// sentence or a headline with two inner letters swapped ("Government" →
// "Govrenment"). Recall counts a warning on the damaged word.
func TestCorpusSecondPass(t *testing.T) {
	arts := corpustest.BBC(t)     // sorted by path
	kinds := map[string]*[2]int{} // found, total
	try := func(kind, src string, at int, typed string, orig string) {
		out := src[:at] + typed + src[at+len(orig):]
		fs, _ := ruletest.Check(t, Rule, "p.txt", []byte(out), ruletest.Options{Language: "en-GB"})
		k := kinds[kind]
		if k == nil {
			k = &[2]int{}
			kinds[kind] = k
		}
		k[1]++
		for _, f := range fs {
			if f.Severity >= rules.Warning && f.Span.Start == at && f.Span.End == at+len(typed) {
				k[0]++
				return
			}
		}
		if *missesFlag {
			t.Logf("missed %s: %s (for %s)", kind, typed, orig)
		}
	}
	contr := regexp.MustCompile(`\b(?:[Dd]on|[Dd]oesn|[Dd]idn|[Ii]sn|[Ww]asn|[Cc]ouldn|[Ww]ouldn|[Tt]hat|[Tt]here|[Ww]hat|[Hh]e|[Ss]he|I|[Yy]ou|[Tt]hey)'(?:t|s|m|re|ve|ll)\b`)
	short := regexp.MustCompile(`\b(?:from|said|with|that|this|have|were|when|what|they|their|about|would|could)\b`)
	l, _ := loadLexicon()
	for i, a := range arts {
		if i%4 != 0 {
			continue // a quarter of the articles, for time
		}
		src := string(a.Src)
		if m := contr.FindStringIndex(src); m != nil {
			orig := src[m[0]:m[1]]
			if full, ok := contractions[strings.ToLower(strings.ReplaceAll(orig, "'", ""))]; ok && strings.EqualFold(full, orig) {
				try("contraction", src, m[0], strings.ReplaceAll(orig, "'", ""), orig)
			}
		}
		if m := short.FindStringIndex(src[len(src)/2:]); m != nil {
			at := len(src)/2 + m[0]
			orig := src[at : at+m[1]-m[0]]
			typed := orig[:1] + orig[2:] // a letter left out
			if i%8 == 0 {
				typed = orig[:1] + orig[2:3] + orig[1:2] + orig[3:] // two letters swapped
			}
			try("short word", src, at, typed, orig)
		}
		// the headline's first word when it is a common word of five
		// letters or more, not a name ("Government", not "Blair"); words
		// inside BBC's sentence-case headlines are names
		line, _, _ := strings.Cut(src, "\n")
		for _, w := range strings.Fields(line)[:1] {
			e, ok := l.get(strings.ToLower(w))
			if ok && e.class <= 50 && !l.hasExact(w) && len(w) >= 5 && w[0] >= 'A' && w[0] <= 'Z' && plainLower(w[1:]) {
				at := strings.Index(src, w)
				typed := w[:2] + w[3:4] + w[2:3] + w[4:]
				if typed != w {
					try("capitalised", src, at, typed, w)
				}
				break
			}
		}
	}
	total := [2]int{}
	for _, k := range []string{"contraction", "short word", "capitalised"} {
		if v := kinds[k]; v != nil {
			t.Logf("%-12s recall %.3f (%d of %d)", k, ratio(v[0], v[1]), v[0], v[1])
			total[0] += v[0]
			total[1] += v[1]
		}
	}
	t.Logf("all          recall %.3f (%d of %d)", ratio(total[0], total[1]), total[0], total[1])
	if ratio(total[0], total[1]) < 0.9 {
		t.Errorf("recall %.3f on the inserted slips, under 0.90", ratio(total[0], total[1]))
	}
}
