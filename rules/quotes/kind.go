package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// Kind is what a quoted passage is.
type Kind uint8

// Kinds of quote.
const (
	Quotation Kind = iota // someone's words: a clause or longer
	Term                  // a quoted term or scare quote: a few words, no verb
	Nickname              // Michael “Erik” Kurilla
	Title                 // a title of a work: “The Art of the Deal”
)

// kindOf classifies q by its words and their neighbours.
func (an *analysis) kindOf(p *article.Paragraph, q *Quote) Kind {
	s, e := q.Inner()
	words := wordsIn(p.Words, s, e)
	switch {
	case len(words) == 0 || strings.HasSuffix(p.Text[:q.Open], "="):
		// a mark after "=" quotes an attribute of markup left in the text
		// (<a href="…">), not anyone's words
		return Term
	case len(words) <= 2 && isNickname(p, q, words):
		return Nickname
	case len(words) >= 2 && an.isTitle(words):
		return Title
	case len(words) <= 4 && isModifier(p, q) || len(words) <= 6 && beforeArtefact(p, q):
		return Term
	case len(words) >= longQuote:
		return Quotation
	case len(words) >= 3 && an.hasVerb(words):
		return Quotation
	}
	return Term
}

// isModifier: a short quote standing as a word before a noun, "the “don't
// know” box", "full of “should I, shouldn't I?” thoughts".
func isModifier(p *article.Paragraph, q *Quote) bool {
	before := lower(lastWordBefore(p.Text, q.Open))
	after := firstWordAfter(p.Text, q.End())
	if after == "" || isCapital(after) || !determiners[before] && before != "of" {
		return false
	}
	la := lower(after)
	return !stopwords[la] && !beVerbs[la] && !between[la] && !clauseWords[la] && !verbs[la] &&
		!strings.HasSuffix(la, "ed") && !strings.HasSuffix(la, "ly") && !cues[la]
}

// beforeArtefact: a quote naming what is written on a thing, "the “I'm
// loving it” catchphrase", "a “Make America Great Again” hat".
func beforeArtefact(p *article.Paragraph, q *Quote) bool {
	return wornOrShown[lower(firstWordAfter(p.Text, q.End()))]
}

var wornOrShown = set("catchphrase catchphrases slogan slogans motto tagline hat hats cap caps shirt shirts " +
	"t-shirt t-shirts sticker stickers badge badges button buttons banner banners sign signs placard " +
	"placards poster posters logo mug mugs bag bags")

var determiners = set("a an the few his her their its this that these those our my your")

// longQuote is the length from which a quote is taken for a quotation even
// with no verb found: shorter ones without a verb are names for things
// (“river of golden sand”, “waste, fraud and abuse”, “vitality of our menu”).
const longQuote = 5

// wordsIn returns the words lying within [s, e).
func wordsIn(ws []article.Word, s, e int) []article.Word {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].Start >= s })
	j := i
	for j < len(ws) && ws[j].End <= e {
		j++
	}
	return ws[i:j]
}

// isNickname: a capitalised word quoted between two capitalised words.
func isNickname(p *article.Paragraph, q *Quote, words []article.Word) bool {
	before := lastWordBefore(p.Text, q.Open)
	after := firstWordAfter(p.Text, q.End())
	return isCapital(words[0].Text) && isCapital(before) && isCapital(after)
}

// isTitle: most words capitalised (three in four of those that are not
// small words), as titles of works and slogans are, and no sentence
// punctuation inside.
func (an *analysis) isTitle(words []article.Word) bool {
	// a quotation opening with "I" is someone speaking, not a title
	if !isCapital(words[0].Text) || words[0].Text == "I" {
		return false
	}
	content, capital := 0, 0
	for i := range words {
		w := &words[i]
		if i > 0 && smallWords[an.lower(w)] {
			continue
		}
		content++
		if isCapital(w.Text) {
			capital++
		}
		// stop once the words left, all capitalised, could not make three
		// in four: most quotations are over within a few words
		if left := len(words) - 1 - i; (capital+left)*4 < (content+left)*3 {
			return false
		}
	}
	return capital*4 >= content*3
}

var smallWords = set("a an the of in on at to for and or but nor by with from as vs is are be")

// hasVerb is a cheap test for a clause: an auxiliary, a modal, a common
// verb or a contraction.
func (an *analysis) hasVerb(words []article.Word) bool {
	for i := range words {
		lw := an.lower(&words[i])
		if verbs[lw] {
			return true
		}
		for _, suf := range []string{"n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'m", "’m", "'d", "’d"} {
			if strings.HasSuffix(lw, suf) {
				return true
			}
		}
	}
	return false
}

// verbs are forms that are rarely anything but verbs; nouns that double as
// verbs ("means", "kept", "set") are left out: a short quote read wrongly as
// a clause is a false alarm.
var verbs = set("is are was were be been being am has have had do does did will would shall should " +
	"can could may might must went got made took knew saw came gave felt won lost said told wrote " +
	"thought believe believed think want wants need needs become became seem seems tried " +
	"happened heard allowed paid met understand remember expect stopped isn't aren't wasn't " +
	"weren't won't can't don't doesn't didn't i we you he she they")

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func lastWordBefore(text string, at int) string {
	s := strings.TrimRightFunc(text[:at], unicode.IsSpace)
	if len(s) == at {
		return "" // the mark touches the word: not a name around a nickname
	}
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isLetter(r) && r != '.' && r != '-' })
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:]) // step over the whole rune (“, —)
	return s[i+n:]
}

func firstWordAfter(text string, at int) string {
	s := strings.TrimLeftFunc(text[at:], unicode.IsSpace)
	if len(s) == len(text)-at {
		return ""
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return !isLetter(r) && r != '-' }); i >= 0 {
		s = s[:i]
	}
	return s
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
