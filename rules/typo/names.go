package typo

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// A capitalised word the lexicon lacks is a name, and names belong to the
// names rule; it is a typo only when it is a typing slip (two letters
// swapped, a letter doubled or undoubled) of a name in the lexicon common
// enough that no other name is likely to be spelt like it ("Britian",
// "Carribean"), or, at the start of a sentence, of a common word
// ("Goverment"). Real names are too often one letter from a word ("Dechy",
// "Liffe", "Presse") for any wider net.
const (
	nameMinLen   = 5
	nameMinCount = 20 // occurrences of the word meant in the counted text
	nameMaxClass = 50 // SCOWL size class of the word meant
)

// Beyond those slips, a capitalised word of six letters or more one edit
// inside one of the best-known names ("Febuary", "Europian", "Saterday";
// the first two letters and the last as in the name) is taken for a
// misspelling of it: such names are written often, and other names seldom
// come that close to them but at their ends ("Sundar", "Rymans").
const (
	nameEditMinLen   = 6
	nameEditMaxClass = 40
	nameEditMinCount = 5
	nameEditMaxCost  = 1.0
)

func (c *checker) nameNearMiss(p *article.Paragraph, t *tok, lw string) {
	if len(lw) < nameMinLen && !(t.sentenceStart && len(lw) >= 3) || !isASCII(lw) {
		return
	}
	if t.sentenceStart && c.usedAsName(t) {
		return // "Bening" opening a sentence, "Annette Bening" elsewhere: a name
	}
	alts := c.lex.nameSlipsOf(lw)
	if t.sentenceStart {
		alts = slips(lw) // also slips of common words: "Wtih"
	}
	var cands []candidate
	for _, alt := range alts {
		g := c.lex.group(alt)
		if g < 0 {
			// no common spelling: only the rare list can have alt, and a
			// rare word is never common enough to be meant (see below)
			continue
		}
		disp := "" // a name: "Britain"
		if i, ok := c.lex.foldedIn(g, alt); ok {
			disp = c.lex.word(i)
		}
		ok := disp != ""
		switch {
		case t.sentenceStart && len(lw) == 3:
			// only a slip of one of the commonest words ("Teh", "Adn"), as
			// in lower case
			disp, ok = alt, shortSlip(c.lex, alt, lw)
		case ok && len(lw) < nameMinLen:
			continue // "Foxx" is no slip for "Fox": short names differ so
		case !ok && t.sentenceStart:
			disp, ok = alt, true // a slip of a word: "Wtih"
		}
		e, known := c.lex.get(disp)
		if !ok || !known || e.class > nameMaxClass || e.count < nameMinCount {
			continue
		}
		cost := editCost(alt, lw, 2)
		cands = append(cands, candidate{word: disp, cost: cost, score: c.lex.fit(t.left(), alt, t.right()) - lambda*cost})
	}
	if len(cands) == 0 && len(lw) >= nameEditMinLen {
		for _, name := range c.lex.nameEdit(lw) {
			ln := strings.ToLower(name)
			if ln[:2] != lw[:2] || ln[len(ln)-1] != lw[len(lw)-1] {
				continue // names differ at their ends: "Sundar", "Rymans", "Britains"
			}
			if !oneEdit(ln, lw) {
				continue // "Ramdhan" is two from "Ramadan": another name
			}
			if cost := editCost(ln, lw, 1.5); cost <= nameEditMaxCost {
				cands = append(cands, candidate{word: name, cost: cost, score: -lambda * cost})
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	sort.Slice(cands, func(i, j int) bool {
		return cands[i].score > cands[j].score || cands[i].score == cands[j].score && cands[i].word < cands[j].word
	})
	c.report(p, t, rules.Warning, typoMessage(t.word, cands[0].word), cands, false)
}

// swapOrDouble reports whether typed is meant with two adjacent letters
// swapped or one letter doubled or undoubled.
func swapOrDouble(meant, typed string) bool {
	switch len(typed) - len(meant) {
	case 0:
		i := 0
		for i < len(meant) && meant[i] == typed[i] {
			i++
		}
		return i+1 < len(meant) && meant[i] == typed[i+1] && meant[i+1] == typed[i] && meant[i+2:] == typed[i+2:]
	case 1:
		return undoubled(typed, meant)
	case -1:
		return undoubled(meant, typed)
	}
	return false
}

// undoubled reports whether short is long with one letter of a double pair
// taken out.
func undoubled(long, short string) bool {
	for i := 1; i < len(long); i++ {
		if long[i] == long[i-1] && long[:i]+long[i+1:] == short {
			return true
		}
	}
	return false
}

// slips returns the spellings w may be a slip for: w with two adjacent
// letters swapped back, a letter undoubled, or a letter doubled.
func slips(w string) []string {
	var out []string
	for i := 0; i+1 < len(w); i++ {
		if w[i] != w[i+1] {
			out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
		} else {
			out = append(out, w[:i]+w[i+1:])
		}
	}
	for i := 0; i < len(w); i++ {
		if (i == 0 || w[i-1] != w[i]) && (i+1 == len(w) || w[i+1] != w[i]) {
			out = append(out, w[:i+1]+w[i:])
		}
	}
	return out
}

// nameEdit returns the best-known names (see nameEditMaxClass) one letter
// deleted, inserted or replaced from lw (lower case), from the
// symmetric-delete index wordMaps.nameEdits.
func (l *lexicon) nameEdit(lw string) []string {
	var out []string
	add := func(key string) {
		lo, hi := l.maps.nameEdits.span(key)
		for r := lo; r < hi; r++ {
			if name := l.maps.nameEdits.value(r); !contains(out, name) {
				out = append(out, name)
			}
		}
	}
	add(lw)
	for i := range len(lw) {
		add(lw[:i] + lw[i+1:])
	}
	return out
}

// oneEdit reports whether a and b differ by exactly one letter inserted,
// deleted or replaced, or two adjacent letters swapped.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) > len(b) {
		return a[i+1:] == b[i:]
	}
	return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}
