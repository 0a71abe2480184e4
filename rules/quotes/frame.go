package quotes

import (
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/rules/article"
)

// framed looks for a speaker in the quote's own sentence, then — for a quote
// standing alone as a sentence or paragraph — in the sentences or paragraph
// before it and in a "he said" after it.
func (an *analysis) framed(qi int) bool {
	q := &an.quotes[qi]
	p := an.paras[q.Para]
	if an.ownSentence(q) {
		return true
	}
	first, last := sentencesOf(p, q.Open, q.End())
	if !an.standsAlone(q) {
		// part of a sentence: its subject may be someone who speaks
		// elsewhere, or a cue in its paragraph may cover it
		return an.subjectSpeaks(q.Para, first, q.Open) || an.paraSays(q.Para)
	}
	for s := first - 1; s >= 0 && s >= first-2; s-- {
		if endsWithColon(p, s) || an.hasCue(q.Para, s) || an.quoteSaid(q.Para, s) {
			return true
		}
	}
	if first == 0 && q.Para > 0 && an.introduces(q.Para-1) {
		return true
	}
	if last+1 < len(p.Sentences) {
		return isTag(an.tokens(q.Para, last+1))
	}
	// a byline paragraph after a stand-alone quotation: "— Jane Smith"
	return q.Para+1 < len(an.paras) && dashByline(an.paras[q.Para+1].Text) && len(an.paras[q.Para+1].Words) <= 8
}

// standsAlone reports whether the quote opens its sentence.
func (an *analysis) standsAlone(q *Quote) bool {
	p := an.paras[q.Para]
	first, _ := sentencesOf(p, q.Open, q.End())
	lead := p.Text[p.Sentences[first].Start:q.Open]
	return strings.TrimLeft(lead, " \t\n:;-–—•*") == "" // ": “…" where a label was lost
}

// saysCues are the plainest speech verbs: a paragraph holding one with a
// speaker is taken to be reporting someone's words throughout.
var saysCues = set("said says told tells added adds according wrote writes stated tweeted statement")

// paraSays reports whether paragraph pi has a plain speech cue with a speaker.
func (an *analysis) paraSays(pi int) bool {
	for si := range an.paras[pi].Sentences {
		sc := an.sentence(pi, si)
		for _, k := range sc.cues {
			if saysCues[sc.tokens[k].lower] {
				return true
			}
		}
	}
	return false
}

// subjectSpeaks: the first words of sentence si, before the quote at open,
// hold a pronoun or the name of someone quoted elsewhere in the article
// ("Clinton supports “…”" where Clinton said something before).
func (an *analysis) subjectSpeaks(pi, si, open int) bool {
	ts := an.sentence(pi, si).tokens
	for i, t := range ts {
		if i >= 4 || t.at >= open {
			break
		}
		if pronouns[t.lower] && t.lower != "it" && t.lower != "who" && t.lower != "which" || an.speakers()[t.lower] {
			return true
		}
	}
	return false
}

// speakers are the names found next to a cue anywhere in the article.
func (an *analysis) speakers() map[string]bool {
	if an.named != nil {
		return an.named
	}
	an.named = map[string]bool{}
	for pi, p := range an.paras {
		for si := range p.Sentences {
			sc := an.sentence(pi, si)
			for _, k := range sc.cues {
				for _, w := range speakersNear(sc.tokens, k) {
					an.named[w] = true
				}
			}
		}
	}
	return an.named
}

// introduces reports whether paragraph pi introduces a speaker for the
// stand-alone quote paragraph after it: it ends with a colon, names a
// speaker, or holds an attributed quotation.
func (an *analysis) introduces(pi int) bool {
	p := an.paras[pi]
	n := len(p.Sentences)
	if n == 0 || p.Kind == article.Heading {
		return false
	}
	if endsWithColon(p, n-1) {
		return true
	}
	for s := range n {
		if an.hasCue(pi, s) || an.quoteSaid(pi, s) {
			return true
		}
	}
	return false
}

// ownSentence looks for a speaker in the quote's own sentence: a cue near
// it, words introducing it with a colon, comma or dash, or a "Smith fumed"
// after a quotation ending in a comma.
func (an *analysis) ownSentence(q *Quote) bool {
	p := an.paras[q.Para]
	first, last := sentencesOf(p, q.Open, q.End())
	if introduced(p.Text[p.Sentences[first].Start:q.Open]) || tagAfter(p.Text, q) {
		return true
	}
	for s := first; s <= last; s++ {
		if an.cueNear(q.Para, s, q.Open, q.End()) {
			return true
		}
	}
	return false
}

// quoteSaid reports whether sentence si holds part of an attributed quotation,
// which a stand-alone quotation after it continues.
func (an *analysis) quoteSaid(pi, si int) bool {
	sent := an.paras[pi].Sentences[si]
	for _, i := range an.byPara[pi] {
		q := &an.quotes[i]
		if q.Depth == 0 && an.kinds[i] == Quotation && q.Open < sent.End && q.End() > sent.Start &&
			an.attributed(i) {
			return true
		}
	}
	return false
}

// introduced: the words before a quote in its sentence end with a colon,
// comma or dash and name a speaker ("told the BBC: “…”", "Clinton
// cracked, “…”").
func introduced(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	if strings.HasSuffix(before, ":") { // "Clinton: “…”", "The notice read: “…”"
		words := strings.Fields(before)
		return len(words) >= 2 || len(words) == 1 && isCapital(words[0])
	}
	for _, end := range []string{",", "—", "--", "–"} {
		if strings.HasSuffix(before, end) {
			return hasSpeakerWord(strings.Fields(before))
		}
	}
	return false
}

// hasSpeakerWord: a pronoun or a capitalised word that is not a function
// word ("The", "In").
func hasSpeakerWord(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",:;—–-()\"“”‘’'")
		lw := lower(w)
		if pronouns[lw] || isCapital(w) && !stopwords[lw] && !between[lw] {
			return true
		}
	}
	return false
}

// tagAfter: a quotation ending in a comma, question or exclamation mark,
// followed by a short tag naming a speaker ("“…,” Toomey fumed.").
func tagAfter(text string, q *Quote) bool {
	if dashByline(text[q.End():]) {
		return true
	}
	s, e := q.Inner()
	inner := strings.TrimRightFunc(text[s:e], unicode.IsSpace)
	if !strings.HasSuffix(inner, ",") && !strings.HasSuffix(inner, "?") && !strings.HasSuffix(inner, "!") {
		return false
	}
	rest := text[q.End():]
	if i := strings.IndexAny(rest, ".!?\n“\""); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	return len(words) > 0 && hasSpeakerWord(words[:min(len(words), 3)])
}

// dashByline: a dash and a name after a quotation, as under an epigraph
// or a reader's comment: "“…” ― Jane Smith".
func dashByline(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	for _, d := range []string{"―", "—", "–", "-", "--"} {
		if after, ok := strings.CutPrefix(rest, d); ok {
			words := strings.Fields(after)
			return len(words) > 0 && isCapital(strings.TrimLeft(words[0], "-—–―"))
		}
	}
	return false
}

// isTag: a short sentence after a quote naming its speaker ("Hannity
// pressed.") or opening with a cue ("He said the …").
func isTag(ts []token) bool {
	if opensWithCue(ts) {
		return true
	}
	if len(ts) == 0 || len(ts) > 6 {
		return false
	}
	for _, t := range ts[:min(len(ts), 3)] {
		if pronouns[t.lower] || isCapital(t.text) && !stopwords[t.lower] {
			return true
		}
	}
	return false
}
