package typo

import (
	"fmt"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Evidence thresholds, in log probability, that another word fits the
// context so much better than the one written that it was probably meant.
// The penalties are the log odds against a slip: a valid word is usually
// what the writer meant, a rare one less surely than a common one.
const (
	penaltyRare      = 2.0 // SCOWL class 80+ and never seen in the counted text
	penaltyCommon    = 4.0
	penaltyConfusion = 4.0
	// Thresholds chosen with TestCorpusTuneRealWord on Zesch's training and
	// artificial sets (precision) and the BBC articles (false alarms). At
	// these settings a rare word is right 40% of the time on Zesch's sets and
	// fires about once in 110 BBC articles (half of those are real typos); a
	// confusion was always right there (few cases) and fires once in 160; a
	// near miss between common words is right 80% of the time at 8 and
	// fires once in 6 articles, so it stays info. (At 12 it was always right
	// on Zesch's sets, but on BBC copy it still calls "flaws" "laws" and
	// "hype" "hope": no level of it earns a warning.)
	warnRare      = 3.0
	warnConfusion = 6.0
	infoSure      = 3.0 // rare word or confusion set: info from here
	infoGain      = 8.0
)

// traceRealWord, set by tests only, sees every alternative weighed.
var traceRealWord func(at int, word, alt string, gain float64, kind string)

// realWord looks for a far more common word one slip away, or the other
// word of a confusion set, that fits the neighbours much better.
func (c *checker) realWord(p *article.Paragraph, t tok, lw string) {
	best, gain, kind := c.bestAlternative(t, lw)
	if traceRealWord != nil && best != "" {
		traceRealWord(p.SourceSpan(t.start, t.end).Start, lw, best, gain, kind)
	}
	sure := kind == "rare" || kind == "confusion"
	if best == "" || gain < infoGain && !(sure && gain >= infoSure) {
		return
	}
	sev := rules.Info
	if kind == "rare" && gain >= warnRare || kind == "confusion" && gain >= warnConfusion {
		sev = rules.Warning
	}
	msg := typoMessage(t.word, best)
	if sev == rules.Info {
		msg = fmt.Sprintf("%q: did you mean %q?", t.word, matchCase(t.word, best))
	}
	c.report(p, t, sev, msg, []candidate{{word: best}}, false)
}

// bestAlternative returns the alternative with the most evidence, that
// evidence (how much better it fits, less the odds against a slip), and its
// kind: "rare", "confusion" or "near".
//
// A rare word (SCOWL class 80 or more, unseen in the counted text) next to a
// far more common one is judged on frequency and context together:
// "instillations" for "installations". Between two common words the counted
// text is too small to trust frequency alone, so the other word must have
// been seen next to one of the neighbours while the written one was not; a
// confusion-set word must have been seen on both sides.
func (c *checker) bestAlternative(t tok, lw string) (string, float64, string) {
	left, right := t.left(), t.right()
	if t.sentenceStart {
		left = "."
	}
	base := c.lex.fit(left, lw, right)
	best, gain, kind := "", -1e9, ""
	consider := func(alt string, g float64, k string) {
		if g > gain {
			best, gain, kind = alt, g, k
		}
	}
	for _, alt := range confusions[lw] {
		if c.confusionEvidence(left, lw, alt, right) {
			consider(alt, c.lex.fit(left, alt, right)-base-penaltyConfusion, "confusion")
		}
	}
	e, _ := c.lex.get(lw)
	if e.flag != 0 || len(lw) <= 3 || t.sentenceStart && caseOf(t.word) == titleCase {
		// a house variant ("leant"), a short word (abbreviations, foreign
		// words), or a capitalised word opening a sentence, too often a name
		return best, gain, kind
	}
	rare := e.class >= 80 && e.count == 0
	if !rare && c.seenWith(left, lw, right) > 0 {
		return best, gain, kind // a common word seen in this company is what was meant
	}
	for _, alt := range c.lex.nearMiss[lw] {
		if c.lex.toUS[lw] == alt || c.lex.toGB[lw] == alt {
			continue // a spelling variant, for houseSpelling to judge
		}
		g := c.lex.fit(left, alt, right) - base - editCost(alt, lw, 3)
		switch {
		case rare:
			consider(alt, g-penaltyRare, "rare")
		case c.seenWith(left, alt, right) >= 2:
			consider(alt, g-penaltyCommon, "near")
		}
	}
	return best, gain, kind
}

// seenWith counts the counted pairs of w with its word neighbours (a clause
// boundary is no evidence: every word follows one now and then).
func (c *checker) seenWith(left, w, right string) int {
	n := 0
	if left != "." {
		n += int(c.lex.pair(left, w))
	}
	if right != "." {
		n += int(c.lex.pair(w, right))
	}
	return n
}

// confusionEvidence decides whether the pair counts speak for alt in
// place of w at all: on one side alt is seen (minPairs times) where w is
// absent although common enough to be expected there ("more then": "more
// than" 1,073 times), or where w is too rare for its absence to mean
// anything and alt is a hundred times likelier ("to loose": "to lose");
// and the other side does not speak strongly for w. A pair merely unseen
// for a word the text seldom uses is no evidence ("a little too
// successful").
func (c *checker) confusionEvidence(left, w, alt, right string) bool {
	l := c.lex
	leftFor := c.sideEvidence(l.pair(left, w), l.pair(left, alt), l.count(left)*l.count(w), l.cond(left, alt), l.cond(left, w), w)
	rightFor := c.sideEvidence(l.pair(w, right), l.pair(alt, right), l.count(w)*l.count(right), l.cond(alt, right), l.cond(w, right), w)
	switch {
	case leftFor:
		return right == "." || l.cond(alt, right)*10 >= l.cond(w, right)
	case rightFor:
		return left == "." || l.cond(left, alt)*10 >= l.cond(left, w)
	}
	return false
}

// sideEvidence judges one side: nW and nAlt are the pair counts with w and
// alt, expect the product of the single counts (the pair count expected by
// chance is expect/total), pAlt and pW the conditional probabilities.
func (c *checker) sideEvidence(nW, nAlt uint32, expect, pAlt, pW float64, w string) bool {
	if nW > 0 || nAlt < minPairs {
		return false
	}
	return expect/c.lex.total >= 2 || c.lex.count(w) < 100 && pAlt >= 100*pW
}

// minPairs is how often a pair must be in the counted text to count as
// evidence for a confusion: "to successful" twice is chance, not usage.
const minPairs = 3
