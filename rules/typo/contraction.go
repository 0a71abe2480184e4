package typo

import (
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// contractions are the contractions written without their apostrophe that
// can only be the contraction: SCOWL lists most of them in its rarest
// classes ("dont", "couldnt" in 95) and a few as plurals nobody writes
// ("whats", "hes"), so the lexicon alone lets them pass. The value is the
// contraction with a straight apostrophe.
//
// Left out because the word without its apostrophe is a common word in its
// own right, so only context can tell (the language model's business):
// won't/wont, can't/cant, I'll/ill, it's/its, we're/were, we'll/well,
// she'll/shell, I'd/id, he'll/hell, she'd/shed, we'd/wed, let's/lets.
var contractions = func() map[string]string {
	m := map[string]string{}
	for _, c := range strings.Fields(`don't doesn't didn't isn't wasn't aren't weren't hasn't haven't hadn't
		couldn't wouldn't shouldn't mustn't needn't mightn't shan't ain't
		that's what's there's here's where's who's he's she's how's
		I'm I've you're they're you've they've we've you'd they'd you'll they'll it'll
		should've could've would've might've must've o'clock y'all`) {
		m[strings.ToLower(strings.ReplaceAll(c, "'", ""))] = c
	}
	return m
}()

// iWords are contractions of "I": written with a capital in any position.
var iWords = map[string]bool{"im": true, "ive": true}

// contractionIDs marks the common words that are apostrophe-less
// contractions ("whats", "hes"): the hot path tests one bit for them.
var contractionIDs = sync.OnceValue(func() []uint64 {
	l, _ := loadLexicon()
	bits := make([]uint64, l.n/64+1)
	for w := range contractions {
		for _, s := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			if i, ok := l.exact(s); ok {
				bits[i/64] |= 1 << (i % 64)
			}
		}
	}
	return bits
})

// mayContract reports whether common word id is spelt like a contraction.
func (c *checker) mayContract(id int32) bool {
	if c.contrIDs == nil {
		c.contrIDs = contractionIDs()
	}
	return id >= 0 && c.contrIDs[id/64]&(1<<(id%64)) != 0
}

// contraction reports (and returns true for) a contraction written without
// its apostrophe ("dont", "thats", "Im"), with the contraction in the
// article's own apostrophe as a safe fix. A capitalised one is taken only
// where a capital is due (opening a sentence, or "I"), and not when a
// capitalised word stands beside it ("Jony Ive", "Im Dong-hyun": names)
// or the article uses it as a name elsewhere ("director Im Kwon-Taek … Im,
// who").
func (c *checker) contraction(p *article.Paragraph, t *tok, shape letterCase) bool {
	if len(t.word) > 8 || t.part {
		return false
	}
	lw := strings.ToLower(t.word)
	full, ok := contractions[lw]
	if !ok {
		return false
	}
	if shape == titleCase {
		if !t.sentenceStart && !iWords[lw] || nameFollows(t) || nameBefore(t) || c.usedAsName(t) {
			return false
		}
	} else if shape == lowerCase && iWords[lw] {
		// "im" and "ive" in lower case: a slip twice over, still "I'm"
	} else if shape == otherCase && (iWords[lw] || strings.ToUpper(t.word) != t.word) {
		return false // "IM" (an instant message), "DonT": something else
	}
	fix := strings.ReplaceAll(full, "'", c.apostrophe())
	if !iWords[lw] {
		fix = matchCase(t.word, fix) // "Dont" → "Don't", "DONT" → "DON'T"
	}
	c.report(p, t, rules.Warning, fmt.Sprintf("%q lacks its apostrophe: %q", t.word, fix),
		[]candidate{{word: fix}}, true)
	return true
}

// apostrophe is the article's apostrophe: "’" where the article writes its
// contractions and possessives so more often than "'", else "'".
func (c *checker) apostrophe() string {
	if c.apos == "" {
		curly, straight := 0, 0
		for _, p := range c.pass.Article.Paragraphs {
			for _, w := range p.Words {
				curly += strings.Count(w.Text, "’")
				straight += strings.Count(w.Text, "'")
			}
		}
		c.apos = "'"
		if curly > straight {
			c.apos = "’"
		}
	}
	return c.apos
}

// nameBefore reports whether the word before t, in the same sentence, is
// capitalised and does not open the sentence: t is then most likely part
// of a name ("Jony Ive").
func nameBefore(t *tok) bool {
	if t.i == 0 || t.sentenceStart {
		return false
	}
	prev := t.p.Words[t.i-1]
	if strings.TrimSpace(t.p.Text[prev.End:t.p.Words[t.i].Start]) != "" {
		return false
	}
	return caseOf(prev.Text) != lowerCase
}
