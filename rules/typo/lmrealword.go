package typo

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Real-word slips judged by the language model (lm.go): the written word
// and each alternative (the listed words one edit away, its confusion set,
// the contraction it may have lost its apostrophe from) are scored in the
// window of two words either side,
//
//	S(x) = log10 P(x | l2 l1) + log10 P(r1 | l1 x) + log10 P(r2 | x r1),
//
// and the gain S(alt) − S(written) is the evidence, in powers of ten, that
// the writer meant alt. The thresholds are the prior odds against a slip,
// chosen on one half of Zesch's natural Wikipedia errors (the even-numbered
// items; TestCorpusTuneLM) and the BBC articles; the other half is for
// reporting only.
const (
	lmNearInfo  = 3.5 // a listed word one edit away
	lmNearWarn  = 6.0
	lmConfInfo  = 1.5 // a confusion set or a lost apostrophe
	lmConfWarn  = 3.0
	lmMinLength = 4 // shorter words have too many neighbours ("of", "on", "or"; "ire" → "are")
	// a rare short word that is a typing slip of one of the commonest
	// words ("tat" for "that"; shortslip.go)
	lmShortInfo = 1.5
	lmShortWarn = 3.0
	// a common short word that is such a slip ("mad" for "made"): a
	// common word is meant far more often than a rare one
	lmShortCommonInfo = 3.5
	lmShortCommonWarn = 6.0
)

// apostropheLost maps words that are also contractions written without
// their apostrophe to the contraction: only context tells.
var apostropheLost = map[string]string{
	"wont": "won't", "cant": "can't", "ill": "i'll", "its": "it's", "were": "we're",
	"well": "we'll", "shell": "she'll", "id": "i'd", "hell": "he'll", "shed": "she'd",
	"wed": "we'd", "whos": "who's", "lets": "let's",
}

// lmWindow holds the ids of the four neighbours: -1 where there is no word
// (beyond a sentence mark) or the model lacks it (see lmwindow.go).
type lmWindow struct{ l2, l1, r1, r2 int32 }

// lmRealWord judges lw with the language model. It returns false when the
// model lacks the word, for the pair counts to judge (realWord).
func (c *checker) lmRealWord(p *article.Paragraph, t *tok, lw string) bool {
	m, err := loadLM()
	if err != nil || t.part {
		return false
	}
	w := c.lmTokID(m, t, lw)
	if w < 0 {
		c.traceLMStage(p, t, "not in the model", nil)
		return false
	}
	capStart := t.sentenceStart && caseOf(t.word) == titleCase
	var more moreAlts
	if c.lex.hasMoreAlts(w) {
		more = c.lex.moreAlts[lw] // one map look-up for all the sets below
	}
	lost, isLost := more.lost, more.lost != ""
	conf, short, shortC := more.conf, more.short, more.shortCommon
	near := len(lw) >= lmMinLength && !capStart && m.altFrom.at(int(w)) != m.altFrom.at(int(w)+1)
	if capStart {
		shortC = nil
	}
	if !near && !isLost && conf == nil && short == nil && shortC == nil {
		c.traceLMStage(p, t, "nothing to weigh", nil)
		return true // nothing to weigh it against
	}
	win, l2At, r2At := c.lmNearWindow(m, t)
	ctx := lmScore{m: m, win: win}
	wl, wr := ctx.leftPair(w), ctx.rightPair(w)
	if !isLost && conf == nil && short == nil && wl.ok && wr.ok {
		// the fast path: both pairs are among the model's kept bigrams, so
		// the word is at home here (and most words are); nothing to weigh
		c.traceLMStage(p, t, "both bigrams kept", nil)
		return true
	}
	c.lmFar(m, &ctx.win, l2At, r2At)
	ctx.prepare()
	base := ctx.score(w, wl, wr)
	if traceLM != nil {
		c.traceWeighed(p, t, ctx, base)
	}
	// floor is the least gain that can be reported; an alternative that
	// cannot reach it is not scored in full (lmScore.alt), nor checked
	// against the spelling variants: it cannot be reported, and it cannot
	// hide one that can, whose gain would be higher.
	floor := lmNearInfo
	if isLost || conf != nil || short != nil {
		floor = min(lmConfInfo, lmShortInfo)
	}
	if capStart {
		floor = lmConfWarn // info is warn there (see below), and only confusions are weighed
	}
	if traceRealWord != nil {
		floor = -1e9 // the tuning test sees every best alternative
	}
	best, bestGain, bestKind := "", -1e9, ""
	consider := func(a string, id int32, kind string) {
		if g, ok := ctx.alt(id, base, max(floor, bestGain)); ok && g > bestGain {
			best, bestGain, bestKind = a, g, kind
		}
	}
	for _, a := range conf {
		if id := m.id(a); id >= 0 {
			consider(a, id, "confusion")
		}
	}
	if isLost {
		if id := m.id(lost); id >= 0 {
			consider(lost, id, "confusion")
		}
	}
	for _, a := range short {
		if id := m.id(a); id >= 0 {
			consider(a, id, "short")
		}
	}
	for _, a := range shortC {
		if id := m.id(a); id >= 0 {
			consider(a, id, "shortcommon")
		}
	}
	if near {
		as := m.altsOf(w)
		limit := max(floor, bestGain) // kept up to date: seven alternatives a word on average
		for i := range as.len() {
			id := int32(as.at(i))
			g, ok := ctx.alt(id, base, limit)
			if !ok || g <= bestGain {
				continue
			}
			if a := m.word(id); !c.lmVariant(lw, a) && !contains(conf, a) {
				best, bestGain, bestKind = a, g, "near"
				limit = max(floor, bestGain)
			}
		}
	}
	if best == "" {
		return true
	}
	if traceRealWord != nil {
		traceRealWord(p.SourceSpan(t.start, t.end).Start, lw, best, bestGain, "lm-"+bestKind)
	}
	info, warn := lmNearInfo, lmNearWarn
	switch bestKind {
	case "confusion":
		info, warn = lmConfInfo, lmConfWarn
	case "short":
		info, warn = lmShortInfo, lmShortWarn
	case "shortcommon":
		info, warn = lmShortCommonInfo, lmShortCommonWarn
	}
	if capStart {
		info = warn // "Council to close library": a name, perhaps; strong evidence only
	}
	if bestGain < info {
		return true
	}
	sev, msg := rules.Info, fmt.Sprintf("%q: did you mean %q?", t.word, matchCase(t.word, c.apostrophes(p, best)))
	if bestGain >= warn {
		sev, msg = rules.Warning, typoMessage(t.word, c.apostrophes(p, best))
	}
	c.report(p, t, sev, msg, []candidate{{word: c.apostrophes(p, best)}}, false)
	return true
}

// traceLM, set by tests only, sees where lmRealWord stopped for each word
// it was given (stage), and for a word it weighed, a function that gives any
// word's gain in the same window (TestCorpusLMReach).
var traceLM func(at int, word, stage string, gain func(alt string) (float64, bool))

func (c *checker) traceLMStage(p *article.Paragraph, t *tok, stage string, gain func(string) (float64, bool)) {
	if traceLM != nil {
		traceLM(p.SourceSpan(t.start, t.end).Start, t.word, stage, gain)
	}
}

// traceWeighed calls traceLM for a word weighed (a function of its own so
// that ctx, which the closure captures, stays on lmRealWord's stack:
// inlined, it made ctx escape, an allocation per word weighed).
//
//go:noinline
func (c *checker) traceWeighed(p *article.Paragraph, t *tok, ctx lmScore, base float64) {
	c.traceLMStage(p, t, "weighed", func(a string) (float64, bool) {
		id := ctx.m.id(a)
		if id < 0 {
			return 0, false
		}
		return ctx.score(id, ctx.leftPair(id), ctx.rightPair(id)) - base, true
	})
}

// lmVariant reports whether a is lw's other spelling ("color", "colour"):
// house spelling's business, not a slip.
func (c *checker) lmVariant(lw, a string) bool {
	return a == c.lex.toUS(lw) || a == c.lex.toGB(lw)
}

// apostrophes writes a contraction in the paragraph's own style: ’ where
// the paragraph uses it.
func (c *checker) apostrophes(p *article.Paragraph, w string) string {
	if strings.Contains(w, "'") && strings.Contains(p.Text, "’") {
		return strings.ReplaceAll(w, "'", "’")
	}
	return w
}
