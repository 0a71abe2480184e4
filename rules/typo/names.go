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

func (c *checker) nameNearMiss(p *article.Paragraph, t tok, lw string) {
	if len(lw) < nameMinLen && !(t.sentenceStart && len(lw) >= 3) || !isASCII(lw) {
		return
	}
	alts := c.lex.nameSlips()[lw]
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

// nameSlips maps each swapped or doubled-letter spelling of a common name
// (lower case) to the names it may be a slip for: one look-up per
// capitalised unknown word instead of one per possible slip. Built on first
// use.
func (l *lexicon) nameSlips() map[string][]string {
	l.namesOnce.Do(func() {
		l.slipsOf = map[string][]string{}
		for g := 0; g < l.n; g++ {
			if g > 0 && l.ents[g-1]&bitMore != 0 {
				continue // not the first spelling of its lower-case form
			}
			lw := strings.ToLower(l.word(g))
			disp := l.folded(lw)
			if disp == "" {
				continue
			}
			e, ok := l.get(disp)
			if !ok || e.class > nameMaxClass || e.count < nameMinCount || !isASCII(lw) {
				continue
			}
			for _, typed := range slips(lw) {
				if !contains(l.slipsOf[typed], lw) {
					l.slipsOf[typed] = append(l.slipsOf[typed], lw)
				}
			}
		}
		for _, v := range l.slipsOf {
			sort.Strings(v) // map order must not reach the output
		}
	})
	return l.slipsOf
}
