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
	// artificial sets (precision) and the BBC articles (false alarms), for
	// the words the language model does not settle. At these settings a
	// rare word is right 4 times in 16 on Zesch's sets and fires about once
	// in 200 BBC articles (half of those are real typos; measured after the
	// model took the rest, it was 40% and once in 110 before); a
	// confusion was always right there (few cases), but on BBC copy it fires
	// 11 times and half are wrong ("harder to brake", "flout the rules", "a
	// quite shocking"), on words the counted text seldom uses; at 8 it would
	// fire 4 times, 3 of them still wrong, and lose "Their was no reason" and
	// "could loose its place", so it stays at 6. A
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
func (c *checker) realWord(p *article.Paragraph, t *tok, lw string) {
	if c.grammarApostrophe(p, t, lw) {
		return // "its a long way": grammar, not evidence, settles it
	}
	if c.lmRealWord(p, t, lw) {
		return // the language model knows the word and has judged it
	}
	best, gain, kind := c.bestAlternative(t, lw)
	if traceRealWord != nil && best != "" {
		traceRealWord(p.SourceSpan(t.start, t.end).Start, lw, best, gain, kind)
	}
	sure := kind == "rare" || kind == "confusion"
	if best == "" || gain < infoGain && !(sure && gain >= infoSure) {
		return
	}
	if kind == "confusion" && t.sentenceStart && caseOf(t.word) == titleCase && gain < warnConfusion {
		// a capitalised word opening a sentence or a headline ("Council to
		// close library") has only its right neighbour to judge by, and may
		// be part of a name: only strong evidence counts
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
func (c *checker) bestAlternative(t *tok, lw string) (string, float64, string) {
	l := c.lex
	W := l.cw(lw)
	var e entry
	if W.id >= 0 && W.id < l.n {
		e = l.entryAt(W.id)
	} else {
		e, _ = l.get(lw)
	}
	rare := e.class >= 80 && e.count == 0
	// What could speak for another word: its confusion set, and the far
	// more common words one slip away, unless it is a house variant
	// ("leant"), a short word (abbreviations, foreign words), or a
	// capitalised word opening a sentence, too often a name. Without
	// either, the neighbours need not be looked up at all.
	confs := confusions[lw]
	var near u32view
	if e.flag == 0 && len(lw) > 3 && !(t.sentenceStart && caseOf(t.word) == titleCase) {
		near = l.nearMissOf(W.id, lw)
	}
	best, gain, kind := "", -1e9, ""
	if len(confs) == 0 && near.len() == 0 {
		return best, gain, kind
	}
	left, right := t.left(), t.right()
	if t.sentenceStart {
		left = "."
	}
	L, R := l.cw(left), l.cw(right)
	nL, nR := l.pairC(L, W), l.pairC(W, R)
	// Then on the two pair counts: most uses of "to" or "their" end here.
	if nL > 0 && nR > 0 {
		confs = nil // a confusion needs the written word unseen on one side
	}
	if !rare && c.seenWith(left, right, nL, nR) > 0 {
		near = "" // a common word seen in this company is what was meant
	}
	if len(confs) == 0 && near.len() == 0 {
		return best, gain, kind
	}
	base := l.fitCN(L, W, R, nL, nR)
	consider := func(alt string, g float64, k string) {
		if g > gain {
			best, gain, kind = alt, g, k
		}
	}
	for _, alt := range confs {
		A := l.cw(alt)
		if c.confusionEvidence(L, W, A, R, nL, nR) {
			consider(alt, l.fitC(L, A, R)-base-penaltyConfusion, "confusion")
		}
	}
	if near.len() == 0 {
		return best, gain, kind
	}
	// The near misses are ranked as suggestions are, edit cost weighing
	// lambda times ("stiring" is "stirring", a doubled letter lost, before
	// "string"); the evidence is the best gain in fit less edit cost among
	// them: that some far commoner word fits is what says this one is wrong.
	nearBest, nearRank, nearGain := "", -1e9, -1e9
	us, gb := l.toUS(lw), l.toGB(lw)
	for k := range near.len() {
		alt := l.word(int(near.at(k)))
		if us == alt || gb == alt {
			continue // a spelling variant, for houseSpelling to judge
		}
		A := l.cw(alt)
		nLA, nAR := l.pairC(L, A), l.pairC(A, R)
		if !rare && c.seenWith(left, right, nLA, nAR) < 2 {
			continue // between common words, only usage seen speaks for the other
		}
		fit, cost := l.fitCN(L, A, R, nLA, nAR), editCost(alt, lw, 3)
		if rank := fit - lambda*cost; rank > nearRank {
			nearBest, nearRank = alt, rank
		}
		nearGain = max(nearGain, fit-base-cost)
	}
	if nearBest != "" {
		if rare {
			consider(nearBest, nearGain-penaltyRare, "rare")
		} else {
			consider(nearBest, nearGain-penaltyCommon, "near")
		}
	}
	return best, gain, kind
}

// seenWith adds the pair counts of a word with its word neighbours, nL and
// nR (a clause boundary is no evidence: every word follows one now and then).
func (c *checker) seenWith(left, right string, nL, nR uint32) int {
	n := 0
	if left != "." {
		n += int(nL)
	}
	if right != "." {
		n += int(nR)
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
// successful"). nL and nR are w's pair counts with left and right.
func (c *checker) confusionEvidence(left, w, alt, right cw, nL, nR uint32) bool {
	l := c.lex
	leftFor := nL == 0 && c.sideEvidence(l.pairC(left, alt), l.countC(left)*l.countC(w),
		func() bool { return l.condC(left, alt) >= 100*l.condC(left, w) }, w)
	rightFor := !leftFor && nR == 0 && !conjunction[right.s] && c.sideEvidence(l.pairC(alt, right), l.countC(w)*l.countC(right),
		func() bool { return l.condC(alt, right) >= 100*l.condC(w, right) }, w)
	switch {
	case leftFor:
		return right.id == l.n || l.condC(alt, right)*10 >= l.condC(w, right)
	case rightFor:
		return left.id == l.n || l.condC(left, alt)*10 >= l.condC(left, w)
	}
	return false
}

// conjunction lists the words that join clauses: what follows a word
// across one says as little about it as a full stop ("world too and").
var conjunction = map[string]bool{"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true}

// sideEvidence judges one side where w is unseen: nAlt is the pair count
// with alt, expect the product of the single counts (the pair count
// expected by chance is expect/total), likelier whether alt is a hundred
// times likelier there than w.
func (c *checker) sideEvidence(nAlt uint32, expect float64, likelier func() bool, w cw) bool {
	if nAlt < minPairs {
		return false
	}
	return expect/c.lex.total >= 2 || c.lex.countC(w) < 100 && likelier()
}

// minPairs is how often a pair must be in the counted text to count as
// evidence for a confusion: "to successful" twice is chance, not usage.
const minPairs = 3
