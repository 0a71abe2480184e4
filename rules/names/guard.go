package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/typo"
)

// A surname-only mention spelled close to a person's surname is taken for
// a reference to them (see people.addSurname). These are the cases where
// the article itself, or a word that names something else, says it is not:
// on untouched BBC copy the rule paired "Tory" with Andrew Tyrie, "Belgium"
// with Patrick van Balkom, "Ronaldo" with Gilmar Rinaldi, "Pirates" (of the
// Caribbean) with Vanessa Paradis, "Mungo" (a children's programme) with
// Kylie Minogue and, on team sheets, "Hatley" with Rob Hoadley.

// otherThing reports whether a surname-only mention names something other
// than the person with surname pt, though spelled close to it. A title
// before the mention ("Mr Tory") is the strong evidence that it names a
// person, and overrides the word lists.
func (g *people) otherThing(m *mention, pt *part) bool {
	w := m.surname()
	if m.title == "" && notPersonWord(w.key.plain) {
		return true
	}
	if m.title == "" && commonWord(w) && !speaker(m) {
		return true // Mungo (in "Mary, Mungo and Midge") is no misspelt Minogue
	}
	if ofThe(m) {
		return true // Pirates of the Caribbean, Lord of the Rings
	}
	// On team sheets every player is listed once, spelled as the sheet
	// spells him: two spellings both listed there are two players
	// (Hatley and Hoadley, McMillan and McMullen, Dowson and Dawson).
	return g.isListed(w.key.plain) && g.isListed(pt.key.plain)
}

// notPersonWord reports whether a word (plain key) is a country, a
// nationality, a political party or a person known by one name: spelled
// close to a surname, it is still not a variant of it.
func notPersonWord(s string) bool {
	if placeWords[s] || partyWords[s] || mononyms[s] {
		return true
	}
	// plurals: Belgians, Tories are listed; Greeks, Danes, Poles are not
	t, ok := strings.CutSuffix(s, "s")
	return ok && (placeWords[t] || partyWords[t])
}

// commonWord reports whether a name part, as written, is also an ordinary
// English word: the typo rule's lexicon has it in lower case in one of
// SCOWL's size classes up to maxCommonClass ("Pirates", "Mungo"). A
// misspelt name is seldom a word; a word spelled close to a surname is
// usually the word, or another person of that name (Moor, Moore).
func commonWord(pt *part) bool {
	if pt.particle != "" {
		return false
	}
	c := typo.WordClass(pt.core)
	return c > 0 && c <= maxCommonClass
}

// maxCommonClass is the rarest SCOWL size class counted as a common word:
// 80 holds "mungo" and "tory"; 95 holds almost anything ("anderson").
const maxCommonClass = 80

// speaker reports whether a mention stands beside a verb of speech ("said
// Hassel", "Hassel says"): it names someone who speaks, a person, even if
// it is spelled as a word ("hassel" is in the lexicon).
func speaker(m *mention) bool {
	pt := m.surname()
	before := m.para.Text[:pt.start]
	after := m.para.Text[pt.end:]
	for _, v := range speechVerbs {
		if strings.HasSuffix(before, v+" ") {
			return true
		}
		if rest, ok := strings.CutPrefix(after, " "+v); ok && !startsWithLetter(rest) {
			return true
		}
	}
	return false
}

// speechVerbs are the verbs of attribution news copy puts beside a
// speaker's name.
var speechVerbs = []string{"said", "says", "told", "tells", "added", "adds", "asked", "asks",
	"insisted", "insists", "admitted", "admits", "explained", "explains", "warned", "warns"}

// startsWithLetter reports whether s begins with a letter: "said" is not
// the start of "saidi".
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsLetter(r)
}

// ofThe reports whether a mention is followed by "of the": a title of a
// work or an institution, not a person's surname.
func ofThe(m *mention) bool {
	rest := m.para.Text[m.surname().end:]
	return strings.HasPrefix(rest, " of the ") || strings.HasPrefix(rest, " of The ")
}

// listedSpellings returns the spellings (plain keys) of the surname-only
// mentions that are entries of a list of names. Each paragraph's
// separators are counted once.
func listedSpellings(ms []*mention) map[string]bool {
	out := map[string]bool{}
	seps := map[*article.Paragraph]int{}
	for _, m := range ms {
		if m.full() {
			continue
		}
		n, ok := seps[m.para]
		if !ok {
			n = listSeparators(m.para.Text)
			seps[m.para] = n
		}
		if n >= minListEntries && listEntry(m) {
			out[m.surname().key.plain] = true
		}
	}
	return out
}

// listEntry reports whether a surname-only mention stands next to a comma
// or semicolon, as an entry of a list of names does; listedSpellings asks
// also that its paragraph have at least minListEntries separators followed
// by a capitalised word, as a team sheet has.
func listEntry(m *mention) bool {
	text := m.para.Text
	pt := m.surname()
	before := strings.TrimRight(text[:pt.start], " ")
	after := text[pt.end:]
	if !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ";") &&
		!strings.HasPrefix(after, ",") && !strings.HasPrefix(after, ";") {
		return false
	}
	return true
}

// minListEntries: "Balshaw; Rees, Christophers, Bell, Doherty" has four.
const minListEntries = 4

// listSeparators counts the commas and semicolons of a text followed by a
// space and a capital.
func listSeparators(text string) int {
	n := 0
	for i := 0; i+2 < len(text); i++ {
		if (text[i] == ',' || text[i] == ';') && text[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(text[i+2:])
			if unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}
