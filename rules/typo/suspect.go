package typo

import (
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// The lexicon in tiers. SCOWL's rarest size classes hold thousands of
// obscure spellings that are far more often someone's slip than the word
// meant ("sais", "wos", "frae"). A word found only there, and never in the
// counted text, is a suspect: it is a typo when a far likelier word is one
// cheap edit away, and accepted otherwise. suspectClass is the first class
// so treated (measured: see README, "Second pass").
const (
	suspectClass   = 80
	suspectMaxCost = 1.0 // "one cheap edit": a swap, a doubling, a vowel, a letter left out or added
	// suspectMargin is how much likelier (in log probability, context and
	// edit cost counted) the word meant must be than the suspect itself.
	suspectMargin = 4.0
)

// suspect decides about a lower-case word of the rare tier (see
// suspectClass). It reports true when it has dealt with the word: a
// regular formation of a common word ("influencers": influence+r+s) is
// accepted, as is no slip at all; a slip is reported.
func (c *checker) suspect(p *article.Paragraph, t *tok, shape letterCase, e entry) bool {
	if shape != lowerCase || t.part || len(t.word) < 3 {
		return false
	}
	lw := t.word
	if c.lex.formation(lw) {
		return true // a listed formation of a common word: no suggestion is believable
	}
	if e.alts {
		return false // near misses listed: the real-word check weighs them (realWord)
	}
	left, right := t.left(), t.right()
	cands := c.houseFirst(c.lex.suggest(lw, left, right))
	if len(cands) == 0 || cands[0].cost > suspectMaxCost || strings.ToLower(cands[0].word) != cands[0].word {
		return false
	}
	self := c.lex.newScorer(left, right).fit(lw)
	if cands[0].score-self < suspectMargin {
		return false
	}
	c.report(p, t, rules.Warning, typoMessage(t.word, cands[0].word), cands, false)
	return true
}

// formation reports whether w is a regular formation of a common word the
// lists lack or hold only in their rarest classes: a common word and a
// living suffix ("influencers", "chatbots" → "chat"+"bots" is a compound),
// a living prefix and a word ("reshoring"), or two common words
// ("gameplan"). Such a word is a coinage far more often than a slip.
func (l *lexicon) formation(w string) bool {
	return l.suffixed(w) || l.prefixed(w) || l.compound(w)
}

// suffixes are the living endings that make new words of listed ones
// faster than the lists take them in ("influencer", "cyborgian"), longest
// first; each is tried on the bare stem, a stem with its final consonant
// doubled, and a stem with a final "e" ("influence" + "rs"). Older endings
// ("-ation", "-ed") are left out: the lists have those words, and a rare
// one is more often a slip ("instillations").
var suffixes = []string{"ness", "less", "ians", "ian", "ists", "ist", "ers", "er", "rs", "r"}

// suffixed reports whether w is a common word (class 60 or below, or seen
// in the counted text) and one of suffixes.
func (l *lexicon) suffixed(w string) bool {
	for _, s := range suffixes {
		stem, ok := strings.CutSuffix(w, s)
		if !ok || len(stem) < 3 {
			continue
		}
		if l.commonWord(stem, 60) {
			return true
		}
		// a doubled final consonant ("shopper"), or a dropped final "e"
		if n := len(stem); n >= 4 && stem[n-1] == stem[n-2] && l.commonWord(stem[:n-1], 60) || l.commonWord(stem+"e", 60) {
			return true
		}
	}
	return false
}

// commonWord reports whether w is a word of class maxClass or below or
// seen in the counted text.
func (l *lexicon) commonWord(w string, maxClass uint8) bool {
	e, ok := l.get(w)
	return ok && (e.class <= maxClass || e.count > 0)
}

// wellKnown reports whether w is common enough for a formation near it to
// be taken for a slip of it: "everthing" is a slip of "everything", but
// "chatbots" no slip of "catboats" nor "tighthead" of "tightwad".
func (l *lexicon) wellKnown(w string) bool {
	e, ok := l.get(w)
	return ok && e.class <= 35 && e.count >= 10
}
