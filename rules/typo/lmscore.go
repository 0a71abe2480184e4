package typo

import "github.com/copydesk/copydesk/rules/typo/internal/format"

// lmScore computes S(x) (see lmRealWord) for the written word and its
// alternatives in one window, probing the model as little as it can: the
// terms that do not depend on x are looked up once (prepare), the pairs
// "l1 x" and "x r1" once per x for both the terms that need them, and an
// alternative's remaining terms not at all once it cannot reach the gain
// asked of it (alt). Each term is log10 P(c | a b) backed off in the usual
// way: the trigram if kept; else the back-off of "a b", if kept, plus
// log10 P(c | b), itself the bigram if kept, else the unigram with b's
// back-off (prob2, pairL, pairR).
type lmScore struct {
	m     *langModel
	win   lmWindow
	bo12  float64 // back-off of "l2 l1", when has12
	has12 bool
	p2R   float64 // log10 P(r2 | r1), when r1 and r2 are known
	// the unigram terms of the backed-off pairs "l1 x" and "x r1" that
	// do not depend on x, when l1 (r1) is known: the back-off of l1, the
	// log probability of r1
	uniBL1, uniPR1 float64
	// the parts of reach that do not depend on x: the most the kept
	// n-grams ending in r1 give it, and the most t3 can be
	triR1, bigR1, t3Up float64
}

// lmPair is a bigram probe's answer.
type lmPair struct {
	p, bo float64
	ok    bool
}

// leftPair probes "l1 x"; rightPair probes "x r1".
func (s *lmScore) leftPair(x int32) lmPair {
	if s.win.l1 < 0 {
		return lmPair{}
	}
	p, bo, ok := s.m.bigram(s.win.l1, x)
	return lmPair{p, bo, ok}
}

func (s *lmScore) rightPair(x int32) lmPair {
	if s.win.r1 < 0 {
		return lmPair{}
	}
	p, bo, ok := s.m.bigram(x, s.win.r1)
	return lmPair{p, bo, ok}
}

// prepare looks up the terms every x shares.
func (s *lmScore) prepare() {
	w := s.win
	if w.l2 >= 0 && w.l1 >= 0 {
		_, s.bo12, s.has12 = s.m.bigram(w.l2, w.l1)
	}
	if w.r1 >= 0 && w.r2 >= 0 {
		s.p2R = s.m.prob2(w.r1, w.r2)
	}
	if w.l1 >= 0 {
		s.uniBL1 = s.m.uniB(w.l1)
	}
	if w.r1 >= 0 {
		s.uniPR1 = s.m.uniP(w.r1)
		s.triR1, s.bigR1 = s.m.triReach(w.r1), s.m.bigReach(w.r1)
		if w.r2 >= 0 {
			s.t3Up = max(s.m.triReach(w.r2), s.m.boUp+s.p2R)
		}
	}
}

// reach is the most the terms of S(x) can be in this window, t1 and t2,
// read from x's unigram terms and the reach of x and r1 (triReach,
// bigReach), without a probe of the n-gram tables: a term is the trigram
// if kept, else a back-off (at most boUp, or the known one of "l2 l1") plus
// the bigram if kept, else the unigram terms; and no kept n-gram gives its
// last word more than its reach. (t3's is t3Up.) A probe may match a stray
// slot, another n-gram's fingerprint, and give more than the reach: about
// three bigram probes in a million and three trigram probes in ten
// million; the bound is then what the model itself would give.
func (s *lmScore) reach(x int32) (t1, t2 float64) {
	w, m := s.win, s.m
	if w.l1 < 0 {
		t1 = m.uniP(x)
	} else {
		t1 = max(m.bigReach(x), s.uniBL1+m.uniP(x)) // "l1 x"
		if w.l2 >= 0 {
			bo := 0.0
			if s.has12 {
				bo = s.bo12
			}
			t1 = max(m.triReach(x), bo+t1)
		}
	}
	if w.r1 < 0 {
		return t1, 0
	}
	t2 = max(s.bigR1, m.uniB(x)+s.uniPR1) // "x r1"
	if w.l1 >= 0 {
		t2 = max(s.triR1, m.boUp+t2)
	}
	return t1, t2
}

// t1 is log10 P(x | l2 l1); lx is "l1 x".
func (s *lmScore) t1(x int32, lx lmPair) float64 {
	w, m := s.win, s.m
	if w.l1 < 0 {
		return m.uniP(x)
	}
	if w.l2 >= 0 {
		if v := m.trigram(format.NgramHash(format.NgramKey3(uint64(w.l2), uint64(w.l1), uint64(x)))); v != 0 {
			return float64(m.cTriP[v&0xff])
		}
		if s.has12 {
			return s.bo12 + s.pairL(lx, x)
		}
	}
	return s.pairL(lx, x)
}

// t2 is log10 P(r1 | l1 x), given r1; xr is "x r1".
func (s *lmScore) t2(x int32, lx, xr lmPair) float64 {
	w, m := s.win, s.m
	if w.l1 >= 0 {
		if v := m.trigram(format.NgramHash(format.NgramKey3(uint64(w.l1), uint64(x), uint64(w.r1)))); v != 0 {
			return float64(m.cTriP[v&0xff])
		}
		if lx.ok {
			return lx.bo + s.pairR(xr, x)
		}
	}
	return s.pairR(xr, x)
}

// t3 is log10 P(r2 | x r1), given r1 and r2.
func (s *lmScore) t3(x int32, xr lmPair) float64 {
	w, m := s.win, s.m
	if v := m.trigram(format.NgramHash(format.NgramKey3(uint64(x), uint64(w.r1), uint64(w.r2)))); v != 0 {
		return float64(m.cTriP[v&0xff])
	}
	if xr.ok {
		return xr.bo + s.p2R
	}
	return s.p2R
}

// pairL is log10 P(x | l1) from the probe of "l1 x", as prob2 gives it;
// pairR is log10 P(r1 | x) from the probe of "x r1".
func (s *lmScore) pairL(lx lmPair, x int32) float64 {
	if lx.ok {
		return lx.p
	}
	return s.uniBL1 + s.m.uniP(x)
}

func (s *lmScore) pairR(xr lmPair, x int32) float64 {
	if xr.ok {
		return xr.p
	}
	return s.m.uniB(x) + s.uniPR1
}

// score is S(x), its pairs probed.
func (s *lmScore) score(x int32, lx, xr lmPair) float64 {
	v := 0.0
	v += s.t1(x, lx)
	if s.win.r1 >= 0 {
		v += s.t2(x, lx, xr)
		if s.win.r2 >= 0 {
			v += s.t3(x, xr)
		}
	}
	return v
}

// ahead adds to t1, the first term of S(x) or its bound, the most the
// terms after it can be, up2 and t3Up, in the order score adds the terms:
// rounding cannot then put the bound below the score.
func (s *lmScore) ahead(t1, up2 float64) float64 {
	if s.win.r1 >= 0 {
		t1 += up2
		if s.win.r2 >= 0 {
			t1 += s.t3Up
		}
	}
	return t1
}

// alt is S(x) − base, and true; or false as soon as that is sure to stay
// below limit, each term still to come being at most its reach. About four
// alternatives in ten are dismissed so before any probe (BBC, PolNeAR).
func (s *lmScore) alt(x int32, base, limit float64) (float64, bool) {
	w := s.win
	up1, up2 := s.reach(x)
	if s.ahead(up1, up2)-base < limit {
		return 0, false
	}
	lx := s.leftPair(x)
	v := s.t1(x, lx)
	if up := s.ahead(v, up2); up-base < limit || w.r1 < 0 {
		return v - base, up-base >= limit
	}
	xr := s.rightPair(x)
	v += s.t2(x, lx, xr)
	if w.r2 < 0 {
		return v - base, true
	}
	if v+s.t3Up-base < limit {
		return 0, false
	}
	v += s.t3(x, xr)
	return v - base, true
}
