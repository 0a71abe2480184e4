package typo

import (
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// A capitalised word the lists lack is not assumed to be a name where a
// capital is due anyway: opening a sentence, in a heading or a title-case
// headline, a list item or a table cell. There it is a typo when it is one
// cheap edit from a common word ("Goverment", "Departmnet", "Afer") and the
// article does not use it as a name elsewhere (capitalised inside a
// sentence) nor the newsroom's names list have it.
const (
	capMinLen   = 4
	capMaxCost  = 0.9 // a swap, a doubling, a vowel, a letter left out or one too many
	capMaxClass = 50  // the word meant is common ...
	capMinCount = 1   // ... and seen in the counted text
)

// capitalSlip reports (and returns true for) such a slip; t is title case
// and in no list, lw its lower-case form.
func (c *checker) capitalSlip(p *article.Paragraph, t *tok, lw string) bool {
	if len(lw) < capMinLen || !isASCII(lw) || !capitalDue(p, t) || nameFollows(t) || nameBefore(t) {
		return false
	}
	if c.usedAsName(t) {
		return false
	}
	cands := c.lex.suggest(lw, t.left(), t.right())
	if len(cands) == 0 {
		return false
	}
	best := cands[0]
	if best.cost > capMaxCost || strings.ToLower(best.word) != best.word || !typingSlip(best.word, lw) {
		return false // far from every word, or nearest a name: a name, most likely
	}
	if e, ok := c.lex.get(best.word); !ok || e.class > capMaxClass || e.count < capMinCount {
		return false
	}
	c.report(p, t, rules.Warning, typoMessage(t.word, best.word), cands, false)
	return true
}

// capitalDue reports whether t stands where a word is capitalised whatever
// it is: opening a sentence or a quotation, in a heading, a list item or a
// table cell, or in a title-case line ("Afer the Storm, a Town Rebuilds").
func capitalDue(p *article.Paragraph, t *tok) bool {
	switch {
	case t.sentenceStart:
		return true
	case p.Kind == article.Heading || p.Kind == article.ListItem || p.Kind == article.Cell:
		return true
	}
	return titleLine(p)
}

// titleLine reports whether p is a line in title case: three words or
// more, no full stop at its end, and most of its words of four letters or
// more capitalised.
func titleLine(p *article.Paragraph) bool {
	if len(p.Words) < 3 || strings.HasSuffix(strings.TrimSpace(p.Text), ".") {
		return false
	}
	long, caps := 0, 0
	for _, w := range p.Words {
		if len(w.Text) < 4 {
			continue
		}
		long++
		if caseOf(w.Text) == titleCase {
			caps++
		}
	}
	return long >= 2 && caps*4 >= long*3
}

// usedAsName reports whether the article has t's word capitalised inside
// a sentence at another place, or the newsroom's names list has it.
func (c *checker) usedAsName(t *tok) bool {
	if c.names == nil {
		c.names = namedWords(c.pass)
	}
	if !c.names[t.word] && !c.inNames(t.word) {
		return false
	}
	if t.sentenceStart || opensQuote(t.p.Text[:t.start]) {
		return true // its other uses are elsewhere
	}
	// t itself is inside a sentence: is there another such use?
	if c.capsUsed == nil {
		c.capsUsed = map[string]int{}
		for _, p := range c.pass.Article.Paragraphs {
			for i := range p.Words {
				w := &p.Words[i]
				if !w.Shape.Has(article.SentenceStart) && caseOf(w.Text) == titleCase && !opensQuote(p.Text[:w.Start]) {
					c.capsUsed[w.Text]++
				}
			}
		}
	}
	return c.capsUsed[t.word] >= 2 || c.inNames(t.word)
}

// inNames reports whether w is a word of a name in the newsroom's list.
func (c *checker) inNames(w string) bool {
	return nameWords(c.pass.Shared)[w]
}

// nameWords is the set of the words of the names in the newsroom's list
// (preferred spellings and variants), made once a run; nil for no list.
func nameWords(sh *rules.Shared) map[string]bool {
	if sh == nil || len(sh.Names) == 0 {
		return nil
	}
	return sh.Derived(nameWordsKey{}, func() any {
		out := map[string]bool{}
		for _, n := range sh.Names {
			for _, name := range append([]string{n.Preferred}, n.Variants...) {
				for _, w := range strings.Fields(name) {
					out[w] = true
				}
			}
		}
		return out
	}).(map[string]bool)
}

// nameWordsKey files nameWords with the run's shared data.
type nameWordsKey struct{}

// typingSlip reports whether typed is meant with two adjacent letters
// swapped, a letter doubled or undoubled, or a letter left out: the slips
// of a typist. Names differ from words otherwise: a vowel ("Brive",
// "Paice"), a letter more ("Coyne") or another letter ("Investec").
func typingSlip(meant, typed string) bool {
	if swapOrDouble(meant, typed) {
		return true
	}
	if len(typed) != len(meant)-1 {
		return false
	}
	i := 0
	for i < len(typed) && typed[i] == meant[i] {
		i++
	}
	return typed[i:] == meant[i+1:]
}
