package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// part is one element of a name as written: a word with the particles
// that belong to it ("al-Sudani", "bin Laden", "Qasem"). Offsets are into
// the paragraph's Text; a possessive "’s" is outside them.
type part struct {
	start, end int
	text       string // the part as written
	particle   string // "al", "bin", "van"… folded to lower case; "" if none
	core       string // text after the particle and its hyphen or space
	key        *key   // of the core (keys are shared: never change one)
	glued      *key   // of the core without a glued article: Alrawi → Rawi
	initial    bool   // begins a sentence (its capital says nothing)
}

// mention is one occurrence of a name: its parts in order. The last part is
// the surname; the others are given names.
type mention struct {
	art   *article.Article
	para  *article.Paragraph
	parts []part
	seq   int    // its index in the article's mentions (see mentionsOf)
	title string // the title just before it, folded ("sir"), or ""
}

// skeletons are the blocking keys of a part: its skeleton, and that of
// the name without a glued article.
func (p *part) skeletons() []string {
	if p.glued == nil {
		return p.key.skeletons()
	}
	sks := slices.Clone(p.key.skeletons())
	for _, sk := range p.glued.skeletons() {
		if !slices.Contains(sks, sk) {
			sks = append(sks, sk)
		}
	}
	return sks
}

// setKey computes the part's keys from its core, through the cache c
// (nil: none).
func (p *part) setKey(c *keyCache) {
	p.key = c.of(p.core)
	if p.particle == "" && len(p.key.plain) >= 6 && (strings.HasPrefix(p.key.plain, "al") || strings.HasPrefix(p.key.plain, "el")) {
		p.glued = c.of(p.key.plain[2:])
	}
}

func (m *mention) surname() *part { return &m.parts[len(m.parts)-1] }

// given returns the first given name, or nil for a surname-only mention.
func (m *mention) given() *part {
	if len(m.parts) < 2 {
		return nil
	}
	return &m.parts[0]
}

func (m *mention) full() bool { return len(m.parts) >= 2 }

// word is a candidate word of a name.
type word struct {
	*article.Word        // in its paragraph's Words
	end           int    // Text offset after the word, possessive excluded
	initial       bool   // first word of a sentence, or in a headline-case paragraph
	particle      bool   // a particle (isParticle of the whole word)
	class         class  // of the word, possessive excluded
	title         string // the title just before the word, folded ("sir"), or ""
}

// cutPossessive trims a possessive ending (’s 's ʼs, ’S 'S: not ʼS, which
// the modifier letter apostrophe writes in lower case only) off w,
// returning where w ends without it.
func cutPossessive(w *article.Word) (int, bool) {
	t := w.Text
	n := len(t) - 1 // the apostrophe, if any, ends t[:n]
	if n < 0 || t[n] != 's' && t[n] != 'S' {
		return w.End, false
	}
	// the apostrophe must not be all that is left
	switch {
	case n > 1 && t[n-1] == '\'':
		return w.End - 2, true
	case n > 2 && t[n-2:n] == "ʼ" && t[n] == 's':
		return w.End - 3, true
	case n > 3 && t[n-3:n] == "’":
		return w.End - 4, true
	}
	return w.End, false
}

// capitalised reports whether s starts with an upper-case letter and is
// not an acronym (ISIS, CENTCOM, US-Iraq).
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	letters, upper := 0, 0
	for _, r := range s {
		if r == '-' {
			break
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters == 1 || upper < letters
}

// isParticle reports whether a word is a particle: one of particles
// written in lower case, or one of capitalParticles in any case.
func isParticle(s string) bool {
	if len(s) > len("della") {
		return false
	}
	var buf [8]byte
	l := appendLower(buf[:0], s)
	c := classes[string(l)]
	return c&particleWord != 0 && s == string(l) || c&capitalParticleWord != 0
}

// appendLower appends strings.ToLower(s) to buf. A map indexed with
// string(appendLower(buf[:0], s)) copies nothing, where strings.ToLower
// makes a new string of every capitalised word.
func appendLower(buf []byte, s string) []byte {
	start := len(buf)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf { // not ASCII: what was appended goes
			return append(buf[:start], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
