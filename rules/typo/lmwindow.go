package typo

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// The language model's ids of a paragraph's words, looked up once each and
// only when a word beside them is weighed (lmRealWord): each word is a
// neighbour of up to four others.

const lmNotLooked = -2 // an id not yet looked up

// lmIDs makes c's id cache p's, empty.
func (c *checker) lmIDs(p *article.Paragraph) {
	if c.lmPara == p {
		return
	}
	c.lmPara = p
	c.lmIDCache = slices.Grow(c.lmIDCache[:0], len(p.Words))[:len(p.Words)] // one allocation at most
	for j := range c.lmIDCache {
		c.lmIDCache[j] = lmNotLooked
	}
}

// lmWordID is the model's id of word j of the current paragraph, -1 if the
// model lacks it.
func (c *checker) lmWordID(m *langModel, j int) int32 {
	if id := c.lmIDCache[j]; id != lmNotLooked {
		return id
	}
	id := m.idWord(&c.lmPara.Words[j])
	c.lmIDCache[j] = id
	return id
}

// lmTokID is the model's id of t, lw in lower case: the cached id of its
// word when t is the whole word, as it nearly always is.
func (c *checker) lmTokID(m *langModel, t *tok, lw string) int32 {
	if wd := &t.p.Words[t.i]; t.start == wd.Start && len(t.word) == len(wd.Text) {
		c.lmIDs(t.p)
		return c.lmWordID(m, t.i)
	}
	return m.id(lw)
}

// lmGap reports whether words i and j (adjacent, either order) are parted
// by punctuation, or one of them is beyond the paragraph: neighbour's ".".
func lmGap(p *article.Paragraph, i, j int) bool {
	if j < 0 || j >= len(p.Words) {
		return true
	}
	// two fields read, not two Words copied; one space, the common case,
	// answered without TrimSpace
	between := p.Text[p.Words[min(i, j)].End:p.Words[max(i, j)].Start]
	return between != " " && strings.TrimSpace(between) != ""
}

// lmWindow looks up the two words either side of t (see lmWindow's type):
// a sentence mark where a sentence begins or ends, -1 past the mark or
// where the model lacks the word.
func (c *checker) lmWindow(m *langModel, t *tok) lmWindow {
	win, l2At, r2At := c.lmNearWindow(m, t)
	c.lmFar(m, &win, l2At, r2At)
	return win
}

// lmNearWindow is lmWindow but for the far words (l2, r2), which only a
// word that is weighed needs, not the fast path (lmRealWord): l2At and
// r2At are the indices of the words still to look up (lmFar), or -1 when
// win already has the far id. (It spares 49,000 of the 711,000 id look-ups
// of a BBC pass.)
func (c *checker) lmNearWindow(m *langModel, t *tok) (win lmWindow, l2At, r2At int) {
	c.lmIDs(t.p)
	win.l1, win.l2, l2At = c.lmSide(m, t.p, t.i, -1, t.sentenceStart)
	win.r1, win.r2, r2At = c.lmSide(m, t.p, t.i, +1, false)
	return win, l2At, r2At
}

// lmSide is one side of lmNearWindow's window of word i of p, dir -1 (left,
// start: the word opens a sentence) or +1 (right): the near id, the far id
// when it is a sentence mark or unknown, and the index of the far word
// still to look up, or -1.
func (c *checker) lmSide(m *langModel, p *article.Paragraph, i, dir int, start bool) (near, far int32, farAt int) {
	if start || lmGap(p, i, i+dir) {
		if dir < 0 {
			return m.start, -1, -1
		}
		return m.end, -1, -1
	}
	if near = c.lmWordID(m, i+dir); near < 0 {
		return -1, -1, -1
	}
	switch {
	case !lmGap(p, i+dir, i+2*dir):
		return near, -1, i + 2*dir
	case dir < 0:
		return near, m.start, -1
	}
	return near, -1, -1
}

// lmFar completes win with the far words lmWindow left to look up.
func (c *checker) lmFar(m *langModel, win *lmWindow, l2At, r2At int) {
	if l2At >= 0 {
		win.l2 = c.lmWordID(m, l2At)
	}
	if r2At >= 0 {
		win.r2 = c.lmWordID(m, r2At)
	}
}

// idWord is the id of a paragraph's word in lower case with straight
// apostrophes, as neighbour spells it. For an ASCII word (the common case)
// that string is not made, nor the word hashed again: the tokeniser's Fold
// is format.HashLower of it in lower case, the key of the model's word
// table.
func (m *langModel) idWord(wd *article.Word) int32 {
	if !wd.Shape.Has(article.ASCII) {
		return m.id(strings.ToLower(normApostrophe(wd.Text)))
	}
	return m.idASCII(wd.Text, wd.Fold)
}

// idASCII is the id of the ASCII word w in lower case, h its hash in lower
// case (format.HashLower).
func (m *langModel) idASCII(w string, h uint64) int32 {
	if len(w) <= 8 && len(w) > 0 {
		if id, ok := m.hotID(lmHotKeyFold(w)); ok {
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
