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
)

// apostropheLost maps words that are also contractions written without
// their apostrophe to the contraction: only context tells.
var apostropheLost = map[string]string{
	"wont": "won't", "cant": "can't", "ill": "i'll", "its": "it's", "were": "we're",
	"well": "we'll", "shell": "she'll", "id": "i'd", "hell": "he'll", "shed": "she'd",
	"wed": "we'd", "whos": "who's", "lets": "let's",
}

// lmWords are the ids of the four neighbours: -1 where there is no word
// (beyond a sentence mark) or the model lacks it.
type lmWindow struct{ l2, l1, r1, r2 int32 }

// lmRealWord judges lw with the language model. It returns false when the
// model lacks the word, for the pair counts to judge (realWord).
func (c *checker) lmRealWord(p *article.Paragraph, t tok, lw string) bool {
	m, err := loadLM()
	if err != nil || t.part {
		return false
	}
	w := m.id(lw)
	if w < 0 {
		return false
	}
	capStart := t.sentenceStart && caseOf(t.word) == titleCase
	win := c.lmWindow(m, t)
	if _, lost := apostropheLost[lw]; !lost && confusions[lw] == nil && win.l1 >= 0 && win.r1 >= 0 && m.hasBigram(win.l1, w) && m.hasBigram(w, win.r1) {
		// the fast path: both pairs are among the model's kept bigrams, so
		// the word is at home here (and most words are); nothing to weigh
		return true
	}
	type alt struct {
		word string
		id   int32
		kind string
	}
	var alts []alt
	for _, a := range confusions[lw] {
		if id := m.id(a); id >= 0 {
			alts = append(alts, alt{a, id, "confusion"})
		}
	}
	if a, ok := apostropheLost[lw]; ok {
		if id := m.id(a); id >= 0 {
			alts = append(alts, alt{a, id, "confusion"})
		}
	}
	if len(lw) >= lmMinLength && !capStart {
		toUS, toGB := c.lex.variants()
		us, gb := toUS[lw], toGB[lw]
		as := m.altsOf(w)
		for i := range as.len() {
			id := int32(as.at(i))
			a := m.word(id)
			if a == us || a == gb || contains(confusions[lw], a) {
				continue
			}
			alts = append(alts, alt{a, id, "near"})
		}
	}
	if len(alts) == 0 {
		return true
	}
	base := m.score(win, w)
	best, bestGain, bestKind := "", -1e9, ""
	for _, a := range alts {
		g := m.score(win, a.id) - base
		if g > bestGain {
			best, bestGain, bestKind = a.word, g, a.kind
		}
	}
	if traceRealWord != nil {
		traceRealWord(p.SourceSpan(t.start, t.end).Start, lw, best, bestGain, "lm-"+bestKind)
	}
	info, warn := lmNearInfo, lmNearWarn
	if bestKind == "confusion" {
		info, warn = lmConfInfo, lmConfWarn
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

// apostrophes writes a contraction in the paragraph's own style: ’ where
// the paragraph uses it.
func (c *checker) apostrophes(p *article.Paragraph, w string) string {
	if strings.Contains(w, "'") && strings.Contains(p.Text, "’") {
		return strings.ReplaceAll(w, "'", "’")
	}
	return w
}

// lmWindow looks up the two words either side of t.
func (c *checker) lmWindow(m *langModel, t tok) lmWindow {
	win := lmWindow{-1, -1, -1, -1}
	side := func(dir int) (near, far int32) {
		n1 := neighbour(t.p, t.i, dir)
		if t.sentenceStart && dir < 0 || n1 == "." {
			if dir < 0 {
				return m.start, -1
			}
			return m.end, -1
		}
		near = m.id(n1)
		if near < 0 {
			return -1, -1
		}
		switch n2 := neighbour(t.p, t.i+dir, dir); n2 {
		case ".":
			if dir < 0 {
				return near, m.start
			}
			return near, -1
		default:
			return near, m.id(n2)
		}
	}
	win.l1, win.l2 = side(-1)
	win.r1, win.r2 = side(+1)
	return win
}

// score is S(x) in the window (see above); a term whose words the model
// lacks is left out, as it would be for every alternative alike.
func (m *langModel) score(win lmWindow, x int32) float64 {
	s := 0.0
	if win.l1 >= 0 {
		s += m.prob3(win.l2, win.l1, x)
	} else {
		s += m.uniP(x)
	}
	if win.r1 >= 0 {
		s += m.prob3(win.l1, x, win.r1)
		if win.r2 >= 0 {
			s += m.prob3(x, win.r1, win.r2)
		}
	}
	return s
}

// markLMAlts flags the words the language model can weigh against another
// (see lmRealWord), so that the look-up's fast path sends them here.
func (l *lexicon) markLMAlts() {
	m, err := loadLM()
	if err != nil {
		return
	}
	for w := range apostropheLost {
		l.markAlts(w)
	}
	for i := range int32(m.n) {
		if m.altFrom.at(int(i)) != m.altFrom.at(int(i)+1) {
			if w := m.word(i); len(w) >= lmMinLength {
				l.markAlts(w)
			}
		}
	}
}
