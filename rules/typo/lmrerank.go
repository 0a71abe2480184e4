package typo

import (
	"sort"
	"strings"
)

// Which word was meant. The suggestions are found and judged by the edit
// cost of editcost.go and the pair counts of the counted text (3.3 million
// words). Once a word is judged a slip, its suggestions are widened to
// words two slips away (widen), their edit costs replaced by the learnt
// error model's (channelRerank), and the language model, which knows far
// more contexts, re-weighs the first of them.
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
	// 0.897 to 0.885 at 3. With the error model (README "Error model"),
	// 3 gains 0.001 on the tuning half and loses 0.01 on Wikipedia: still 2.
	lmRerankWeight = 2.0
)

// lmRerank re-ranks the suggestions for t: the language model's view of
// the context is added to the first suggestions' scores: S(x) (see
// lmRealWord) of each one the model knows, less their mean, times
// lmRerankWeight; one the model lacks keeps its score. For a word reported
// as a slip (a warning) they are first widened and re-costed by the error
// model; for one reported as info (a coinage more often than a slip: a
// formation, a term used again and again) the suggestion is a guess
// either way, and the search is not spent on it (BBC: 27 of the 158 words
// re-ranked in a pass). cands is reordered in place and returned, with
// the widened words appended.
func (c *checker) lmRerank(t *tok, cands []candidate, slip bool) []candidate {
	if t.part {
		return cands
	}
	if slip {
		typed := strings.ToLower(t.word)
		cands = c.lex.widen(typed, t.left(), t.right(), cands)
		if len(cands) < 2 {
			return cands
		}
		sortCandidates(cands)
		if ch, err := loadChannel(); err == nil {
			channelRerank(ch, typed, cands[:min(len(cands), channelTop)])
			sortCandidates(cands)
		}
	}
	if len(cands) < 2 {
		return cands
	}
	m, err := loadLM()
	if err != nil {
		return cands
	}
	top := cands[:min(len(cands), lmRerankTop)]
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
