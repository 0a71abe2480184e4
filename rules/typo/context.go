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

// pair is the count of "a b" in the counted text. The key is built in a
// stack buffer: a map look-up with string(bytes) does not allocate.
func (l *lexicon) pair(a, b string) uint32 {
	var buf [64]byte
	if len(a)+1+len(b) > len(buf) {
		return l.bigrams[a+" "+b]
	}
	k := append(append(append(buf[:0], a...), ' '), b...)
	return l.bigrams[string(k)]
}
