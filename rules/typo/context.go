package typo

import "math"

// smoothing is how many words of weight the unigram estimate gets against
// the observed pair counts: the counted text is small, so most pairs are unseen
// and the estimate must fall back on how common the word is.
const smoothing = 8

// count is the count of a word or of "." (clause boundary).
func (l *lexicon) count(w string) float64 {
	if w == "." {
		return l.bounds
	}
	if e, ok := l.get(w); ok {
		return float64(e.count)
	}
	return 0
}

// prob is P(w) from the word's smoothed frequency.
func (l *lexicon) prob(w string) float64 {
	if w == "." {
		return l.bounds / l.total
	}
	return l.freq(w) / l.total
}

// cond is P(next | prev), interpolated with P(next).
func (l *lexicon) cond(prev, next string) float64 {
	n := float64(l.pair(prev, next))
	return (n + smoothing*l.prob(next)) / (l.count(prev) + smoothing)
}

// fit is log P(w | left) + log P(right | w): how well w fits between its
// neighbours (lower case words, or "." at a clause boundary).
func (l *lexicon) fit(left, w, right string) float64 {
	return math.Log(l.cond(left, w)) + math.Log(l.cond(w, right))
}

// pair is the count of "a b" in the counted text (a and b lower case, or
// "." for a clause boundary).
func (l *lexicon) pair(a, b string) uint32 {
	ia, ib := l.pairID(a), l.pairID(b)
	if ia < 0 || ib < 0 {
		return 0
	}
	return l.pairByID(ia, ib)
}

// pairID is the id of a word in the pair counts: a common word's index, n
// for ".", or -1.
func (l *lexicon) pairID(w string) int {
	if w == "." {
		return l.n
	}
	if i, ok := l.exact(w); ok {
		return i
	}
	return -1
}

func (l *lexicon) pairByID(a, b int) uint32 {
	lo, hi := int(l.pairFrom.at(a)), int(l.pairFrom.at(a+1))
	k, ok := l.pairRight.slice(lo, hi).search(uint32(b))
	if !ok {
		return 0
	}
	return uint32(l.pairCount.at(lo + k))
}

// cw is a context word resolved once: its id in the pair counts (see
// pairID), so that weighing it against several alternatives costs no
// further look-ups.
type cw struct {
	s  string
	id int
}

func (l *lexicon) cw(s string) cw { return cw{s, l.pairID(s)} }

func (l *lexicon) countC(a cw) float64 {
	switch {
	case a.id == l.n:
		return l.bounds
	case a.id >= 0:
		return float64(l.ents.at(a.id) >> 8)
	}
	return l.count(a.s)
}

func (l *lexicon) probC(a cw) float64 {
	switch {
	case a.id == l.n:
		return l.bounds / l.total
	case a.id >= 0:
		e := l.entryAt(a.id)
		return (float64(e.count) + classPrior(e.class)*l.total/priorWords) / l.total
	}
	return l.prob(a.s)
}

func (l *lexicon) pairC(a, b cw) uint32 {
	if a.id < 0 || b.id < 0 {
		return 0
	}
	return l.pairByID(a.id, b.id)
}

func (l *lexicon) condC(prev, next cw) float64 {
	return l.condCN(prev, next, l.pairC(prev, next))
}

// condCN is condC when the pair count n of prev and next is known.
func (l *lexicon) condCN(prev, next cw, n uint32) float64 {
	return (float64(n) + smoothing*l.probC(next)) / (l.countC(prev) + smoothing)
}

func (l *lexicon) fitC(left, w, right cw) float64 {
	return l.fitCN(left, w, right, l.pairC(left, w), l.pairC(w, right))
}

// fitCN is fitC when the pair counts of w with its neighbours, nL and nR,
// are known: each is a binary search saved.
func (l *lexicon) fitCN(left, w, right cw, nL, nR uint32) float64 {
	return math.Log(l.condCN(left, w, nL)) + math.Log(l.condCN(w, right, nR))
}

// suggestMix is the weight of the pair counts against the word's own
// frequency when suggestions are ranked: the counted text is small, and a
// pair it lacks says little about a common word, so the unigram keeps
// half the weight (cond gives it only smoothing/count, which lets a rare
// word beat a common one merely for having no pairs to miss). Chosen on
// the inserted misspellings in aggregate: 0.2 to 0.95 do about as well,
// and all a little better than cond.
const suggestMix = 0.5

// scorer ranks the suggestions for one misspelling: fit(w) is
// log P(w | left) + log P(right | w), each P as condS below. The
// neighbours' look-ups are made once, and each candidate's once: weighed
// word by word, the same few words were looked up a dozen times.
//
//	condS(prev, next) = P(next)                                       if count(prev) = 0
//	                  = mix × pair(prev, next) / count(prev) + (1 − mix) × P(next)  otherwise
type scorer struct {
	l         *lexicon
	leftCount float64 // count(left)
	leftID    int     // pairID(left)
	rightID   int     // pairID(right)
	rightProb float64 // prob(right)
}

func (l *lexicon) newScorer(left, right string) scorer {
	return scorer{l: l, leftCount: l.count(left), leftID: l.pairID(left), rightID: l.pairID(right), rightProb: l.prob(right)}
}

// fit scores w, a lower-case word (never ".").
func (s scorer) fit(w string) float64 {
	l := s.l
	e, ok := l.get(w)
	// what count, pairID and prob (through freq) would say of w
	count, id := 0.0, -1
	if ok {
		count = float64(e.count)
		if e.id >= 0 {
			id = int(e.id)
		}
	}
	fe, fok := e, ok
	if !fok {
		if d := l.folded(w); d != "" {
			fe, fok = l.get(d)
		}
	}
	freq := 0.01
	if fok {
		freq = float64(fe.count) + classPrior(fe.class)*l.total/priorWords
	}
	prob := freq / l.total

	left := prob // condS(left, w)
	if s.leftCount != 0 {
		left = suggestMix*float64(l.pairOfIDs(s.leftID, id))/s.leftCount + (1-suggestMix)*prob
	}
	right := s.rightProb // condS(w, right)
	if count != 0 {
		right = suggestMix*float64(l.pairOfIDs(id, s.rightID))/count + (1-suggestMix)*s.rightProb
	}
	return math.Log(left) + math.Log(right)
}

// pairOfIDs is pair for two pairIDs.
func (l *lexicon) pairOfIDs(a, b int) uint32 {
	if a < 0 || b < 0 {
		return 0
	}
	return l.pairByID(a, b)
}
