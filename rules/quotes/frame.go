package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// framed looks for a speaker in the quote's own sentence, then — for a quote
// standing alone as a sentence or paragraph — in the sentences before it in
// its paragraph, in the paragraph before and in a "he said" after it.
//
// News style names the speaker of every direct quotation in its own
// paragraph, unless the quotation goes on from the same speaker's quotation
// in the paragraph before or follows an introduction ending in a colon. A
// paragraph before that only reports speech ("Smith said the plan would
// fail.") or is about a person ("Trump has denied the charge.") leaves the
// reader to guess whose words follow: that attributes weakly.
func (an *analysis) framed(qi int) int8 {
	q := &an.quotes[qi]
	p := an.paras[q.Para]
	if an.ownSentence(q) {
		return strong
	}
	first, last := sentencesOf(p, q.Open, q.End())
	if an.listIntroduced(q.Para) {
		return strong
	}
	if !an.standsAlone(q) {
		// part of a sentence: its subject may be someone who speaks
		// elsewhere, or a cue in its paragraph may cover it
		if an.subjectSpeaks(q.Para, first, q.Open) || an.paraSays(q.Para) {
			return strong
		}
		return none
	}
	for s := first - 1; s >= 0 && s >= first-2; s-- {
		if endsWithColon(p, s) || an.hasCue(q.Para, s) || an.quoteSaid(q.Para, s) {
			return strong
		}
	}
	if first > 0 && an.speakerBefore(q.Para, first) || an.saidEarlierInPara(qi) {
		return strong
	}
	if last+1 < len(p.Sentences) && (isTag(an.sentence(q.Para, last+1).tokens) || an.namedAfter(q.Para, last+1)) {
		return strong
	}
	if last+1 == len(p.Sentences) && q.Para+1 < len(an.paras) {
		next := an.paras[q.Para+1]
		if len(next.Sentences) > 0 && an.namedAfter(q.Para+1, 0) ||
			dashByline(next.Text) && len(next.Words) <= 8 { // a byline paragraph: "— Jane Smith"
			return strong
		}
	}
	if first == 0 && q.Para > 0 && an.continues(q.Para-1) {
		return strong
	}
	// the paragraph before names a speaker or a person, with at most one
	// sentence between: "Deans said the copy was lossless. // The film is
	// encrypted. “People will see …”"
	if first <= 1 && q.Para > 0 && an.introduces(q.Para-1) || first == 0 && an.speakerBefore(q.Para, 0) {
		return weak
	}
	return none
}

// continues reports whether paragraph pi hands its voice on to a quotation
// opening the next one: it ends with a colon, or its last sentence holds
// an attributed quotation.
func (an *analysis) continues(pi int) bool {
	p := an.paras[pi]
	n := len(p.Sentences)
	if n == 0 || p.Kind == article.Heading {
		return false // a short first line ending in a colon is an introduction, not a headline
	}
	return endsWithColon(p, n-1) || an.quoteSaid(pi, n-1)
}

// namedAfter: the sentence after a stand-alone quotation points back at it
// and names who says it: "These are the questions Connors will be asking",
// "That was how the minister put it".
func (an *analysis) namedAfter(pi, si int) bool {
	sc := an.sentence(pi, si)
	if len(sc.tokens) == 0 || !backRefs[sc.tokens[0].lower] || len(sc.cues) == 0 {
		return false
	}
	return sc.cues[0] <= 12
}

var backRefs = set("this these that those such")

// listIntroduced: the quote is in a list item ("- …", "• …") under a
// paragraph ending in a colon ("The proposals include:"), whose words
// the list goes on.
func (an *analysis) listIntroduced(pi int) bool {
	for i := pi; i >= 0 && i >= pi-20; i-- {
		t := strings.TrimSpace(an.paras[i].Text)
		if an.paras[i].Kind == article.ListItem || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") ||
			strings.HasPrefix(t, "* ") {
			continue
		}
		if i == pi {
			return false
		}
		return strings.HasSuffix(t, ":")
	}
	return false
}

// saidEarlierInPara: an earlier quotation of the paragraph is attributed;
// a stand-alone one after it goes on in the same voice ("Smith said: “…”
// Asked about the cup, he smiled. “…”").
func (an *analysis) saidEarlierInPara(qi int) bool {
	q := &an.quotes[qi]
	lo, hi := an.quotesOf(q.Para)
	for j := lo; j < hi; j++ {
		o := &an.quotes[j]
		if j != qi && o.Depth == 0 && o.End() <= q.Open && an.kinds[j] == Quotation && an.attributed(j) {
			return true
		}
	}
	return false
}

// speakerBefore: the sentence before sentence si (in its paragraph, or the
// last of the paragraph before) is about a person — its subject a pronoun
// or someone quoted elsewhere in the article — who goes on speaking in the
// quotation: "Redford started a channel. “We show good films.”"
func (an *analysis) speakerBefore(pi, si int) bool {
	if si == 0 {
		if pi == 0 || len(an.paras[pi-1].Sentences) == 0 || an.heading[pi-1] {
			return false
		}
		pi, si = pi-1, len(an.paras[pi-1].Sentences)
	}
	ts := an.sentence(pi, si-1).tokens
	if namedSubject(an.paras[pi].Text, ts) {
		return true
	}
	for i, t := range ts {
		if i >= 4 {
			break
		}
		if possessive(t.lower) {
			continue // "Clinton's focus": about her, not her words
		}
		if pronouns[t.lower] && t.lower != "it" && t.lower != "who" && t.lower != "which" && t.lower != "you" ||
			an.speakers()[t.lower] {
			return true
		}
	}
	return personNamed(ts)
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// honorifics open a person's name.
var honorifics = set("mr mrs ms miss dr prof sir dame lord lady sen senator rep gov governor president " +
	"gen general col captain capt judge justice rev father sister")

// personNamed: the sentence opens with a person as its subject ("Graham
// Barlow, editor of Mac Format, has a view.", "Mr Pearson does not …") or
// ends by naming one ("… done by its director Dr Alastair Sibbald.").
func personNamed(ts []token) bool {
	name := func(i int) bool {
		if i < 0 || i+1 >= len(ts) || ts[i+1].afterQuote {
			return false
		}
		a, b := ts[i], ts[i+1]
		if !isCapital(b.text) || stopwords[b.lower] {
			return false
		}
		return honorifics[strings.TrimSuffix(a.lower, ".")] ||
			isCapital(a.text) && !stopwords[a.lower] && !between[a.lower] && !pronouns[a.lower] && isCapital(b.text) &&
				!strings.HasSuffix(a.lower, "’s") && !strings.HasSuffix(a.lower, "'s")
	}
	if len(ts) >= 3 && name(0) && !strings.HasSuffix(ts[1].lower, "’s") && !strings.HasSuffix(ts[1].lower, "'s") {
		// the subject, not a possessive ("Donald Trump's aides")
		return true
	}
	n := len(ts)
	return n >= 3 && name(n-2) && (honorifics[strings.TrimSuffix(ts[n-2].lower, ".")] || n >= 4 && name(n-3))
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
var saysCues = set("said says told tells added adds according wrote writes stated tweeted statement " +
	"argued argues insisted insists contended contends")

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
		w := pronounOf(t.lower)
		if pronouns[w] && w != "it" && w != "who" && w != "which" || an.speakers()[t.lower] {
			return true
		}
	}
	return false
}

// pronounOf strips a contracted verb: I'm → i, they're → they.
func pronounOf(w string) string {
	for _, sep := range []string{"'", "’"} {
		if i := strings.Index(w, sep); i > 0 && pronouns[w[:i]] {
			return w[:i]
		}
	}
	return w
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
	return an.endTag(q.Para, last, q.End()) || bracketCredit(p.Text[q.End():]) ||
		an.passiveAgent(q.Para, first, q) || an.ownedWords(q.Para, first, q.Open) ||
		an.writtenWords(q.Para, first, q)
}

// endTag: the sentence ends in a tag after a comma, ", said Smith." or ",
// Smith said.", which covers every quotation before it in the sentence
// ("“…” but we will see, said Smith, the party leader.").
func (an *analysis) endTag(pi, si, e int) bool {
	sc := an.sentence(pi, si)
	p := an.paras[pi]
	for _, k := range sc.cues {
		at := sc.tokens[k].at
		if at < e {
			continue
		}
		c := strings.LastIndexAny(p.Text[e:at], ",—")
		if c < 0 {
			continue
		}
		before, after, opener := 0, 0, ""
		for _, t := range sc.tokens {
			switch {
			case t.at > e+c && t.at < at:
				if before == 0 {
					opener = t.text
				}
				before++
			case t.at > at:
				after++
			}
		}
		if before <= 4 && after <= 15 && tagOpener(opener) {
			return true
		}
	}
	return false
}

// tagOpener: the first word of a tag clause is its speaker ("Smith said",
// "the minister said", "she said"), or none when the cue opens it ("said
// Smith"); a tag does not open with a preposition or a conjunction ("with
// politicians calling on …").
func tagOpener(w string) bool {
	lw := lower(w)
	switch {
	case w == "":
		return true
	case lw == "the" || lw == "a" || lw == "an" || possessives[lw]:
		return true
	case pronouns[lw] && lw != "who" && lw != "which":
		return true
	}
	return isCapital(w) && !stopwords[lw] && !between[lw] && !clauseWords[lw]
}

// bracketCredit: a source in square brackets right after a quotation, as
// news digests credit their excerpts ("“…” [Reuters]").
func bracketCredit(rest string) bool {
	rest = strings.TrimLeft(rest, " .,;")
	if !strings.HasPrefix(rest, "[") {
		return false
	}
	end := strings.IndexByte(rest, ']')
	if end < 2 || end > 40 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsUpper(r)
}

// passiveAgent: a quotation with its source given by "by": "deemed “…” by
// the board", "translated by the group as “…”".
func (an *analysis) passiveAgent(pi, si int, q *Quote) bool {
	ts := an.sentence(pi, si).tokens
	for i, t := range ts {
		if t.lower != "by" || i+1 >= len(ts) || isDigit(ts[i+1].text) {
			continue
		}
		switch {
		case t.at >= q.End() && t.afterQuote && i > 0 && participle(ts[i-1].lower) && ts[i-1].at < q.Open:
			// deemed “…” by X
			return true
		case t.at < q.Open && i > 0 && participle(ts[i-1].lower):
			// translated by X as “…”: nothing but the agent and "as" between
			for j := i + 1; j < len(ts) && j <= i+6 && ts[j].at < q.Open; j++ {
				if ts[j].lower == "as" && (j+1 == len(ts) || ts[j+1].at > q.Open) {
					return true
				}
			}
		}
	}
	return false
}

// participle: a past participle, regular or among the common irregular
// ones of reporting ("seen", "written").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

var irregularParticiples = set("seen written spoken said told known shown given thought heard sung read " +
	"taken made put held drawn")

func isDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// ownedNouns are words for what someone said or wrote: "his advice was to
// “…”", "the minister's reply: “…”".
var ownedNouns = set("advice message messages words answer answers reply response verdict view views " +
	"comment comments remark remarks slogan motto mantra plea promise pledge warning argument " +
	"assessment explanation description phrase claim claims statement tweet post letter speech " +
	"retort quip joke question request demand prediction vow boast complaint criticism defence " +
	"defense conclusion summary instructions orders order reasoning rationale philosophy " +
	"catchphrase refrain refrains lyrics lyric headline caption tagline hashtag chant chants " +
	"inscription banner placard poster sign label")

// ownedWords: before the quotation in its sentence, a possessive and a word
// for what was said ("His advice was to “…”", "Obama's message: “…”"), or
// a word for words with an owner nearby ("his most famous lyrics “…”").
func (an *analysis) ownedWords(pi, si, open int) bool {
	ts := an.sentence(pi, si).tokens
	if possessedSubject(ts, open) {
		return true
	}
	for i, t := range ts {
		if t.at >= open {
			break
		}
		if !ownedNouns[t.lower] && !artefacts[t.lower] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			w := ts[j].lower
			if possessives[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				return true
			}
		}
		// the lyrics “…”, the slogan “…”, the adage that “…”: the words'
		// owner is their song, sign or campaign, or nobody
		next := i + 1
		if next < len(ts) && ts[next].lower == "that" {
			next++
		}
		if artefacts[t.lower] && (next == len(ts) || ts[next].at > open) {
			return true
		}
	}
	return false
}

var possessives = set("his her their its my our your")

// possessedSubject: the sentence opens with its owner's thing and a form of
// "be" just before the quotation, "The government's main problems are
// “…”", "Her view was “…”": the words are the owner's.
func possessedSubject(ts []token, open int) bool {
	v := -1
	for i, t := range ts {
		if t.at >= open {
			break
		}
		v = i
	}
	if v < 1 || v > 5 || !beVerbs[ts[v].lower] || ts[v].afterQuote {
		return false
	}
	for _, t := range ts[:v] {
		if possessive(t.lower) || possessives[t.lower] {
			return true
		}
	}
	return false
}

// artefacts are things with words on them or in them, whose words need
// no speaker: "the lyrics “…”", "a banner reading “…”".
var artefacts = set("lyrics lyric headline caption tagline hashtag chant chants inscription banner " +
	"placard poster sign label slogan motto refrain catchphrase adage saying proverb maxim dictum " +
	"idiom expression rule")

// writtenWords: a quotation that was written, printed or worn rather than
// said: "“…” was written on the sofa", "“…” was painted on the wall".
func (an *analysis) writtenWords(pi, si int, q *Quote) bool {
	ts := an.sentence(pi, si).tokens
	for i, t := range ts {
		if t.at < q.End() || !t.afterQuote {
			continue
		}
		if i+1 < len(ts) && beVerbs[t.lower] && inscribed[ts[i+1].lower] {
			return true
		}
		break
	}
	return false
}

var inscribed = set("written printed painted scrawled emblazoned inscribed displayed stamped engraved " +
	"etched embroidered sprayed daubed chalked carved")

// quoteSaid reports whether sentence si holds part of an attributed quotation,
// which a stand-alone quotation after it continues.
func (an *analysis) quoteSaid(pi, si int) bool {
	sent := an.paras[pi].Sentences[si]
	lo, hi := an.quotesOf(pi)
	for i := lo; i < hi; i++ {
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
		n, first := 0, ""
		for w := range strings.FieldsSeq(before) {
			if n == 0 {
				first = w
			}
			if n++; n == 2 {
				break
			}
		}
		return n >= 2 || n == 1 && isCapital(first)
	}
	for _, end := range []string{",", "—", "--", "–"} {
		if strings.HasSuffix(before, end) {
			for w := range strings.FieldsSeq(before) {
				if speakerWord(w) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// speakerWord: a pronoun or a capitalised word that is not a function
// word ("The", "In").
func speakerWord(w string) bool {
	w = strings.Trim(w, ",:;—–-()\"“”‘’'")
	lw := lower(w)
	return pronouns[lw] || isCapital(w) && !stopwords[lw] && !between[lw]
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
	rest = rest[:tagEnd(rest)]
	n := 0
	for w := range strings.FieldsSeq(rest) {
		if n++; n > 3 {
			break
		}
		if speakerWord(w) {
			return true
		}
	}
	return false
}

// tagEnd is where a tag after a quotation ends at the latest: at the first
// full stop, question or exclamation mark, line break or opening double
// quote of rest, or its end.
func tagEnd(rest string) int {
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '.', '!', '?', '\n', '"':
			return i
		case "“"[0]:
			if strings.HasPrefix(rest[i:], "“") {
				return i
			}
		}
	}
	return len(rest)
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
