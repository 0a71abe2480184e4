package typo

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/channel"
)

// Which word was meant. The suggestions are ranked by the pair counts of
// the counted text (3.3 million words) and the edit cost; the language
// model, which knows far more contexts, re-weighs the first of them.
const (
	// lmRerankTop is how many of the first suggestions are re-weighed: the
	// right word is among the first few when it is found at all.
	lmRerankTop = 20
	// lmRerankWeight is what one power of ten of the model's S(x) is worth
	// in the suggestions' score (natural-log pair counts less 7 per edit).
	// Chosen on half of Birkbeck's misspellings (those whose right word
	// hashes even; README "Third session"), the other half reported:
	// 1, 2, 3, 4, 6 gave right-first 0.560, 0.573, 0.577, 0.576, 0.569 on
	// the tuning half; 2, not 3, because Wikipedia's right-first falls from
	// 0.897 to 0.885 at 3.
	lmRerankWeightConst = 2.0
)

// lmRerank adds the language model's view of the context to the first
// suggestions' scores: S(x) (see lmRealWord) of each one the model knows,
// less their mean, times lmRerankWeight; one the model lacks keeps its
// score. cands is reordered in place and returned.
func (c *checker) lmRerank(t tok, cands []candidate) []candidate {
	if t.part {
		return cands
	}
	typed := strings.ToLower(t.word)
	cands = c.lex.widen(typed, t.left(), t.right(), cands)
	if len(cands) < 2 {
		return cands
	}
	sortCandidates(cands)
	if traceRerank != nil {
		traceRerank(strings.ToLower(t.word), cands)
	}
	if ch, err := loadChannel(); err == nil {
		channelRerank(ch, typed, cands[:min(len(cands), chTop)])
		sortCandidates(cands)
	}
	top := cands[:min(len(cands), lmRerankTop)]
	m, err := loadLM()
	if err != nil {
		sortCandidates(cands)
		return cands
	}
	ctx := lmScore{m: m, win: c.lmWindow(m, t)}
	ctx.prepare()
	var s [lmRerankTop]float64
	var known [lmRerankTop]bool
	sum, n := 0.0, 0
	for i, cd := range top {
		id := m.id(cd.word)
		if id < 0 {
			continue
		}
		s[i] = ctx.score(id, ctx.leftPair(id), ctx.rightPair(id))
		known[i] = true
		sum += s[i]
		n++
	}
	if n < 2 {
		sortCandidates(cands)
		return cands
	}
	mean := sum / float64(n)
	for i := range top {
		if known[i] {
			top[i].score += lmRerankWeight * (s[i] - mean)
		}
	}
	sortCandidates(cands)
	return cands
}

// sortCandidates orders cands best first.
func sortCandidates(cands []candidate) {
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].word < cands[j].word
	})
}

var traceRerank func(typed string, cands []candidate)

var lmRerankWeight = lmRerankWeightConst

// Tuning knobs of channelRerank (see its comment).
var (
	chMu    = 1.0
	chKappa = 1.0
	chSound = 0.5
	chFirst = 0.0
	chTop   = 20
)

// channelRerank replaces the rules-of-thumb edit cost in the scores of
// cands by the learnt error model's.
func channelRerank(ch *channel.Model, typed string, cands []candidate) {
	for i := range cands {
		cd := &cands[i]
		w := strings.ToLower(cd.word)
		fit := cd.score + lambda*cd.cost
		nats := channelCost(ch, w, typed)
		if sameSound(w, typed) {
			nats *= chSound
		}
		if w != "" && typed != "" && w[0] != typed[0] {
			nats += chFirst
		}
		if w != cd.word {
			nats += lambda * costCapital
		}
		cd.score = fit - (1-chMu)*lambda*cd.cost - chMu*chKappa*nats
	}
}
