package typo

import (
	"strings"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// The language model's ids of a paragraph's words, looked up once each and
// only when a word beside them is weighed (lmRealWord): each word is a
// neighbour of up to four others. Likewise the bigram of two words side by
// side (lmAdjacent).

const lmNotLooked = -2 // an id not yet looked up

// lmNext is the probe of the bigram of a paragraph's word and the next,
// once looked.
type lmNext struct {
	pair   lmPair
	looked bool
}

// lmIDs makes c's id and bigram caches p's, empty.
func (c *checker) lmIDs(p *article.Paragraph) {
	if c.lmPara == p {
		return
	}
	c.lmPara = p
	c.lmIDCache = c.lmIDCache[:0]
	c.lmPairs = c.lmPairs[:0]
	for range p.Words {
		c.lmIDCache = append(c.lmIDCache, lmNotLooked)
		c.lmPairs = append(c.lmPairs, lmNext{})
	}
}

// lmWordID is the model's id of word j of the current paragraph, -1 if the
// model lacks it.
func (c *checker) lmWordID(m *langModel, j int) int32 {
	if id := c.lmIDCache[j]; id != lmNotLooked {
		return id
	}
	id := m.idFold(c.lmPara.Words[j].Text)
	c.lmIDCache[j] = id
	return id
}

// lmAdjacent is the probe of "word j, word j+1" of the current paragraph,
// two words with nothing but space between them, made once: a BBC pass
// asks for one pair in six a second time (it is the right pair of word j
// and the left pair of word j+1 when both are weighed, and a term of
// their neighbours' windows), and most such pairs are kept bigrams, whose
// probe reads the 4 MB table.
func (c *checker) lmAdjacent(m *langModel, j int) lmPair {
	if next := c.lmPairs[j]; next.looked {
		return next.pair
	}
	s := lmScore{m: m}
	pair := s.probe(c.lmWordID(m, j), c.lmWordID(m, j+1))
	c.lmPairs[j] = lmNext{pair, true}
	return pair
}

// lmTokID is the model's id of t, lw in lower case: the cached id of its
// word when t is the whole word, as it nearly always is (whole).
func (c *checker) lmTokID(m *langModel, t tok, lw string) (id int32, whole bool) {
	if wd := t.p.Words[t.i]; t.start == wd.Start && len(t.word) == len(wd.Text) {
		c.lmIDs(t.p)
		return c.lmWordID(m, t.i), true
	}
	return m.id(lw), false
}

// lmGap reports whether words i and j (adjacent, either order) are parted
// by punctuation, or one of them is beyond the paragraph: neighbour's ".".
func lmGap(p *article.Paragraph, i, j int) bool {
	if j < 0 || j >= len(p.Words) {
		return true
	}
	a, b := p.Words[min(i, j)], p.Words[max(i, j)]
	return strings.TrimSpace(p.Text[a.End:b.Start]) != ""
}

// lmWindow looks up the two words either side of t (see lmWindow's type):
// a sentence mark where a sentence begins or ends, -1 past the mark or
// where the model lacks the word.
func (c *checker) lmWindow(m *langModel, t tok) lmWindow {
	win, at := c.lmNearWindow(m, t)
	c.lmFar(m, &win, at)
	return win
}

// lmAt is where the words of a window stand in the paragraph: the index of
// each, or -1 for a sentence mark, no word, or (l1, r1) a word the model
// lacks.
type lmAt struct{ l2, l1, r1, r2 int }

// lmNearWindow is lmWindow but for the far words (l2, r2), which only a
// word that is weighed needs, not the fast path (lmRealWord): at.l2 and
// at.r2 are the indices of the words still to look up (lmFar), or -1 when
// win already has the far id. (It spares 49,000 of the 711,000 id look-ups
// of a BBC pass.)
func (c *checker) lmNearWindow(m *langModel, t tok) (win lmWindow, at lmAt) {
	c.lmIDs(t.p)
	side := func(dir int) (near, far int32, nearAt, farAt int) {
		if dir < 0 && t.sentenceStart || lmGap(t.p, t.i, t.i+dir) {
			if dir < 0 {
				return m.start, -1, -1, -1
			}
			return m.end, -1, -1, -1
		}
		if near = c.lmWordID(m, t.i+dir); near < 0 {
			return -1, -1, -1, -1
		}
		switch {
		case !lmGap(t.p, t.i+dir, t.i+2*dir):
			return near, -1, t.i + dir, t.i + 2*dir
		case dir < 0:
			return near, m.start, t.i + dir, -1
		}
		return near, -1, t.i + dir, -1
	}
	win.l1, win.l2, at.l1, at.l2 = side(-1)
	win.r1, win.r2, at.r1, at.r2 = side(+1)
	return win, at
}

// lmFar completes win with the far words lmWindow left to look up.
func (c *checker) lmFar(m *langModel, win *lmWindow, at lmAt) {
	if at.l2 >= 0 {
		win.l2 = c.lmWordID(m, at.l2)
	}
	if at.r2 >= 0 {
		win.r2 = c.lmWordID(m, at.r2)
	}
}

// lmTokPairs probes "l1 w" and "w r1" for t, whose id is w (leftPair,
// rightPair): from the paragraph's memo when t is its whole word (whole)
// and the neighbour a word of the paragraph.
func (c *checker) lmTokPairs(m *langModel, ctx *lmScore, t tok, w int32, whole bool, at lmAt) (wl, wr lmPair) {
	if whole && at.l1 >= 0 {
		wl = c.lmAdjacent(m, at.l1)
	} else {
		wl = ctx.leftPair(w)
	}
	if whole && at.r1 >= 0 {
		wr = c.lmAdjacent(m, t.i)
	} else {
		wr = ctx.rightPair(w)
	}
	return wl, wr
}

// lmPrepare is ctx.prepare, the pairs of two words of the paragraph taken
// from its memo.
func (c *checker) lmPrepare(m *langModel, ctx *lmScore, at lmAt) {
	w := ctx.win
	var l2l1, r1r2 lmPair
	if at.l2 >= 0 {
		l2l1 = c.lmAdjacent(m, at.l2)
	} else {
		l2l1 = ctx.probe(w.l2, w.l1)
	}
	if at.r2 >= 0 {
		r1r2 = c.lmAdjacent(m, at.r1)
	} else {
		r1r2 = ctx.probe(w.r1, w.r2)
	}
	ctx.prepareFrom(l2l1, r1r2)
}

// idFold is id of w in lower case with straight apostrophes, as neighbour
// spells it, without making that string for an ASCII word (the common case).
func (m *langModel) idFold(w string) int32 {
	h := uint64(format.FNVOffset) // format.HashLower, folding as it goes
	key := uint64(0)              // lmHotKey of the folded word, if it is short
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= 0x80 {
			return m.id(strings.ToLower(normApostrophe(w)))
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		h ^= uint64(b)
		h *= format.FNVPrime
		if i < 8 {
			key |= uint64(b) << (8 * i)
		}
	}
	if len(w) <= 8 && len(w) > 0 {
		if id, ok := m.hotID(key); ok {
			return id // a common short word: one read (lmhot.go)
		}
	}
	mask := uint64(1)<<m.wordBits - 1
	for s := format.Slot(h, m.wordBits); ; s = (s + 1) & mask {
		v := m.words.at(int(s))
		if v == 0 {
			return -1
		}
		if foldEq(m.word(int32(v-1)), w) {
			return int32(v - 1)
		}
	}
}

// foldEq reports whether the ASCII word w in lower case is lw.
func foldEq(lw, w string) bool {
	if len(lw) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		b := w[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != lw[i] {
			return false
		}
	}
	return true
}
