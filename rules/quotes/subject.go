package quotes

import "strings"

// namedSubject: the sentence's subject is a person named after a title,
// role or appositive, in the usual order of news copy: "Local baker Tom
// Hill, 52, is furious.", "The editor, Graham Barlow, is excited.", "The
// shop's owner, Tom Hill, has …". The name must be the subject — a few
// words of role before it, at most an appositive after it, then a verb —
// so a sentence that merely mentions someone ("Police arrested Tom Hill.",
// "Tom Hill's shop closed.") does not count.
func namedSubject(text string, ts []token) bool {
	comma := func(i int) bool { // a comma between ts[i] and ts[i+1]
		return i >= 0 && i+1 < len(ts) && strings.ContainsAny(text[ts[i].end:ts[i+1].at], ",")
	}
	// the role before the name: "Local baker", "The editor,", "Her mother,",
	// "The shop's owner,", "The owner of the shop,"
	i := 0
	for ; i < len(ts) && i < 6; i++ {
		t := ts[i]
		if t.afterQuote || i > 0 && isCapital(t.text) {
			break
		}
		if !roleWord(t, i) {
			return false
		}
		if comma(i) {
			i++
			break
		}
	}
	if i == 0 || i >= len(ts) || !roleWord(ts[i-1], i-1) || rolePlain[ts[i-1].lower] {
		return false // no role, or a role ending in "of", "the"
	}
	commaBefore := comma(i - 1)
	// the name: two capitalised words or more ("Tom Hill", "Labour MP Jane
	// Doe"), or an honorific and one ("Dr Price"), not a possessive
	n := i
	for n < len(ts) && isCapital(ts[n].text) && !stopwords[ts[n].lower] && !pronouns[ts[n].lower] &&
		!ts[n].afterQuote && (n == i || !comma(n-1)) {
		n++
	}
	if n-i < 2 && !(n-i == 1 && i > 0 && honorifics[strings.TrimSuffix(ts[i-1].lower, ".")]) || n >= len(ts) ||
		possessive(ts[n-1].lower) || ts[n].afterQuote {
		return false
	}
	// after the name, its verb: at once ("Local baker Tom Hill is"), after
	// the comma closing a role put before it ("The editor, Graham Barlow,
	// is") or after an appositive between commas (", 52,", ", a father of
	// two,")
	v := n
	switch {
	case commaBefore:
		if !comma(n - 1) {
			return false // "The editor, Graham Barlow and …" reads as a list
		}
	case comma(n - 1):
		for v < len(ts) && v-n < 8 && !comma(v) {
			v++
		}
		if !comma(v) {
			return false // no comma closing the appositive
		}
		v++
	}
	return v < len(ts) && verbLike(ts[v])
}

// roleWord: a word of the role or title before a name: a determiner or
// possessive, a lower-case noun or adjective ("local", "baker", "shop's");
// the first word may be capitalised as it opens the sentence.
func roleWord(t token, i int) bool {
	w := t.lower
	if rolePlain[w] && i > 0 || (w == "the" || w == "a" || w == "an" || possessives[w]) && i == 0 {
		return true
	}
	if stopwords[w] || pronouns[w] || beVerbs[w] || between[w] || clauseWords[w] || isDigit(w) {
		return false
	}
	// a verb is no part of a subject: "Police arrested Tom Hill"
	if i > 0 && (strings.HasSuffix(w, "ed") || isCue(w) || verbs[w]) {
		return false
	}
	return true
}

// rolePlain are the function words a role may hold: "the owner of the shop".
var rolePlain = set("of the a an for")

// verbLike: a word that follows a subject as its verb: an auxiliary or a
// form of be, a cue, or a lower-case word ending as past and present tenses
// do ("runs", "opened"), or one of the common irregular past tenses.
func verbLike(t token) bool {
	w := pronounOf(t.lower)
	if isCapital(t.text) || stopwords[w] && w != "not" {
		return false
	}
	return beVerbs[w] || between[w] || verbs[w] || isCue(w) || irregularPast[w] ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

var irregularPast = set("ran sat stood kept spent began brought built bought broke grew led left " +
	"spoke wrote fought sold sent held hid fled rang rose fell drove flew swam threw taught caught " +
	"can may must shall should might remains remain")
