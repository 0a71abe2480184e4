package typo

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Lost apostrophes that grammar settles. The language model learnt from
// text in which "its a" and "it wont" are common, so it gives "it's" and
// "won't" little evidence there (two powers of ten for "Its a long way",
// one for "I think it wont work"). But a possessive ("its", "their",
// "your") is followed by what it owns, never by an article or another
// determiner, nor by "not" or "going to"; and "wont" or "cant" after a
// subject pronoun can only be the verb. In the 2,225 BBC articles every
// "its" so followed is a slip ("its not rocket science", "its the best
// song").

// afterPossessive are words a possessive is never followed by.
var afterPossessive = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "those": true,
	"my": true, "your": true, "his": true, "her": true, "our": true, "their": true, "not": true,
}

// possessiveContraction is the contraction the possessive w is confused
// with, or "" (a switch, not a map: every word weighed asks, 320,000 a BBC
// pass, and a switch on the length answers most at once).
func possessiveContraction(w string) string {
	switch w {
	case "its":
		return "it's"
	case "their":
		return "they're"
	case "your":
		return "you're"
	}
	return ""
}

// subjectPronouns come before a verb, never before a noun "wont" or "cant".
var subjectPronouns = map[string]bool{"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true, "who": true}

// verbContraction is the negated verb w, "wont" or "cant", stands for, or "".
func verbContraction(w string) string {
	switch w {
	case "wont":
		return "won't"
	case "cant":
		return "can't"
	}
	return ""
}

// grammarApostrophe reports (and returns true for) a possessive or a noun
// that grammar says is a contraction that lost its apostrophe.
func (c *checker) grammarApostrophe(p *article.Paragraph, t *tok, lw string) bool {
	full := ""
	if f := possessiveContraction(lw); f != "" {
		r1 := t.right()
		if afterPossessive[r1] || r1 == "going" && neighbour(t.p, t.i+1, +1) == "to" {
			full = f
		}
	} else if f := verbContraction(lw); f != "" && subjectPronouns[t.left()] {
		full = f
	}
	if full == "" {
		return false
	}
	fix := matchCase(t.word, strings.ReplaceAll(full, "'", c.apostrophe()))
	c.report(p, t, rules.Warning, fmt.Sprintf("%q lacks its apostrophe: %q", t.word, fix), []candidate{{word: fix}}, false)
	return true
}
