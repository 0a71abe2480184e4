package quotes

import (
	"strings"
)

// token is a word of a sentence outside its quotations, lower-cased.
type token struct {
	text, lower string
	at, end     int // offsets in the paragraph's Text
	// afterQuote: a quotation stands between this token and the one before.
	afterQuote bool
}

// cues are verbs (and a few nouns) that attribute words to someone.
var cues = set("say says said saying tell tells told telling add adds added adding ask asks asked " +
	"write writes wrote writing state states stated tweet tweets tweeted tweeting post posts posted " +
	"explain explains explained note notes noted insist insists insisted argue argues argued " +
	"claim claims claimed declare declares declared warn warns warned reply replies replied " +
	"respond responds responded announce announces announced continue continues continued " +
	"recall recalls recalled admit admits admitted acknowledge acknowledges acknowledged " +
	"suggest suggests suggested comment comments commented remark remarks remarked urge urges urged " +
	"describe describes described call calls called testify testifies testified concede concedes " +
	"conceded caution cautions cautioned predict predicts predicted vow vows vowed promise promises " +
	"promised pledge pledges pledged boast boasts boasted joke jokes joked quip quips quipped " +
	"shout shouts shouted yell yells yelled scream screams screamed chant chants chanted muse mused " +
	"wonder wonders wondered think thinks thought believe believes believed agree agrees agreed " +
	"complain complains complained accuse accuses accused allege alleges alleged report reports " +
	"reported read reads reiterate reiterates reiterated emphasise emphasised emphasize emphasized " +
	"stress stresses stressed maintain maintains maintained contend contends contended observe " +
	"observes observed mention mentions mentioned confirm confirms confirmed deny denies denied " +
	"dub dubs dubbed brand brands branded label labels labelled labeled exclaim exclaimed " +
	"whisper whispered blast blasts blasted slam slams slammed praise praises praised criticise " +
	"criticised criticize criticized lament laments lamented conclude concludes concluded " +
	"quote quotes quoted speak speaks spoke speaking talk talks talking interview interviewed " +
	"tell told recount recounts recounted put puts explain added begged pleaded demanded demand " +
	"demands questioned questions retorted countered counters hailed hails welcomed welcomes " +
	"proclaimed proclaims described characterised characterized characterizes describing " +
	"calling found find finds show shows showed seemed declined referring refer referred citing cite " +
	"cites cited sought defended defend proposed refused praising revealed reveals pointed questioned " +
	"denounced denouncing dismissed blamed decried charged attacked mocked mocking thanked thanks " +
	"invoked asserted asserting asserts eviscerated railed knocked slamming hoped hopes hoping " +
	"reminded reminds answered answers assured signaled signalled insisting arguing noting " +
	"explaining telling writing posting tweeting warning urging vowing promising claiming " +
	"suggesting recalling acknowledging declaring admitting lamenting bemoaned bemoans " +
	"complaining quoting labeling labelling branding dubbing predicting pledging accusing " +
	"criticizing criticising blasting boasting joking announcing adding stating responding replying " +
	"recognized recognised recognizes reacted applauded applauds pondered projects projected " +
	"anticipated expects expected insisted predicts recommended recommends advised argued " +
	"summed summarized summarised cheered cheers touted touts boasted expressed expresses " +
	"introduced cracked fumed pressed implied implies hinted hints echoed echoes voiced voices " +
	"portrayed portrays framed frames outlined outlines conceded disclosed revealed retorted " +
	"shot fired ripped assailed sparred counseled counselled observed offered offers pleaded " +
	"requested demanded quipped scoffed snapped sniped mused chimed gushed raved ranted " +
	"complained griped conceding deadpanned interjected interrupted objected protested " +
	"titled entitled headlined captioned labeled reads begins ends concludes opens " +
	"highlighted highlights emphasizing stressing touting condemned condemns slammed " +
	"lambasted derided ridiculed hit hits targets targeted attacks asks queried " +
	"points intimated intimates indicated indicates " +
	"fear fears feared " +
	"answer response message argument view words assertion slogan motto mantra verdict " +
	"recounting remembering remembered wondering warned cautioning advising explained")

// moreCues are verbs that report words or judgements, given in their base
// form; isCue accepts every inflection of these and of cues.
var moreCues = set("credit deem thank relate vent trumpet counter acclaim applaud commend " +
	"congratulate reassure inform notify advise tout rebuke chide scold lambast " +
	"dismiss reject assert aver affirm declare proclaim profess concede " +
	"insist stress underline underscore warn caution predict forecast estimate reckon " +
	"surmise speculate theorise theorize add append opine editorialise editorialize " +
	"rave rant gush grumble mutter murmur sigh groan moan sneer snarl bellow holler " +
	"recite cite paraphrase summarise summarize characterise characterize " +
	"memorialise memorialize eulogise eulogize describe specify stipulate")

// cueStems are the stems of cues and moreCues: say → say, reporting → report.
var cueStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range cues {
		if !noStem[w] {
			m[stem(w)] = true
		}
	}
	for w := range moreCues {
		m[stem(w)] = true
	}
	return m
}()

// noStem are cues only in the forms given: "the sign reads", not "he read
// the report"; "the letter ends", not "the meeting ended".
var noStem = set("read reads begins ends concludes opens find finds found show shows showed seemed " +
	"hit hits shot fired put puts points offers offered fear fears feared call calls called " +
	"titled entitled headlined captioned projects projected targets targeted frames framed " +
	"talk talks talking questions pressed continue continues continued sought cracked")

// isCue reports whether w is a cue verb in any of its forms: a form given
// in cues or moreCues, or an inflection (-s, -ed, -ing) of one ("not" is
// not an inflection of "note").
func isCue(w string) bool { return isCueAs(w, cueWords[w]) }

// shortestCue is the length of the shortest word of cueWords and stem of
// cueStems: no shorter word is a cue in any form.
var shortestCue = func() int {
	n := len("according")
	for w := range cueWords {
		n = min(n, len(w))
	}
	for w := range cueStems {
		n = min(n, len(w))
	}
	return n
}()

// isCueAs is isCue(w) for a word whose entry in cueWords, c, is known.
func isCueAs(w string, c cueWord) bool {
	if c&cueForm != 0 {
		return true
	}
	st := stem(w)
	return st != strings.TrimSuffix(w, "e") && cueStems[st]
}

// cueWord says what a word is to the cue finder.
type cueWord uint8

const (
	cueForm cueWord = 1 << iota // in cues or moreCues
	cueNoun                     // in cueNouns
)

// cueWords are the words of cues, moreCues and cueNouns, so that a token
// is looked up once for all three.
var cueWords = func() map[string]cueWord {
	m := map[string]cueWord{}
	for _, set := range []map[string]bool{cues, moreCues} {
		for w := range set {
			m[w] |= cueForm
		}
	}
	for w := range cueNouns {
		m[w] |= cueNoun
	}
	return m
}()

// stem strips a verb's inflection: reports, reported and reporting all
// become report; a final e goes too, so that quote and quoted meet at quot.
func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "es") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		w = w[:len(w)-1]
	}
	// doubled final consonant and silent e: slammed → slam, argued → argu
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	return strings.TrimSuffix(w, "e")
}

// cueNouns attribute in phrases like "in a statement".
var cueNouns = set("statement statements interview interviews tweet tweets post posts letter speech " +
	"remarks testimony memo email release video message op-ed column essay book podcast")

var pronouns = set("he she they it i we you who which")

// stopwords never stand for a speaker.
var stopwords = set("the a an and or but that to of in on at for with as by from this these those " +
	"there here his her its their our my your so if when than then not no into over about after " +
	"before while because also just only even what where how why all some any more most such")

var beVerbs = set("is are was were be been being am 's ’s")

// adverbs and auxiliaries that sit between a speaker and the verb.
var between = set("has have had also later previously then once recently again earlier would will " +
	"could did does do not never often repeatedly publicly privately reportedly has since " +
	"already first last quickly simply flatly")

// appendCues appends to out the indices of the tokens that are cues with a
// speaker: "Smith said", "said a spokesperson", "according to the police",
// "in a statement".
func appendCues(out []int, ts []token) []int {
	for k, t := range ts {
		if len(t.lower) < shortestCue {
			continue // "a", "of", "he": too short to be a cue or "according"
		}
		ok := false
		c := cueWords[t.lower]
		switch {
		case t.lower == "according":
			ok = k+2 < len(ts) && ts[k+1].lower == "to" && !ts[k+2].afterQuote
		case c&cueNoun != 0:
			ok = k >= 2 && (ts[k-2].lower == "in" || ts[k-2].lower == "on") && !t.afterQuote
		case isCueAs(t.lower, c) && (k == 0 || !isCapital(t.text)) && !notSaid(ts, k) && !nounLike(ts, k):
			// a capital inside a sentence is a name: the United States, the Post
			ok = cueWithSource(ts, k)
		}
		if ok {
			out = append(out, k)
		}
	}
	return out
}

func cueWithSource(ts []token, k int) bool {
	if j := skipBack(ts, k); j >= 0 && beVerbs[ts[j].lower] && !strings.HasSuffix(ts[k].lower, "ing") {
		// passive: "is said to", "was told by X", "was quoted as saying"
		if byAgent(ts, k) {
			return true
		}
		if ts[k].lower == "quoted" {
			// "Smith was quoted as saying", "after being quoted as wanting"
			return speakerAt(ts, skipBack(ts, j), j) || subjectBefore(ts, j)
		}
		return false
	}
	return speakerAt(ts, skipBack(ts, k), k) || inverted(ts, k) || subjectBefore(ts, k)
}

// subjectBefore: a speaker further back in the clause, as in "Smith
// stood up and joked", "the email went on to say".
func subjectBefore(ts []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if ts[j+1].afterQuote {
			return false
		}
		w := ts[j].lower
		if pronouns[w] || !stopwords[w] && !beVerbs[w] && !between[w] {
			return true
		}
	}
	return false
}

// skipBack returns the index of the first token before k that is not an
// adverb or auxiliary, or -1.
func skipBack(ts []token, k int) int {
	j := k - 1
	for n := 0; j >= 0 && n < 4 && between[ts[j].lower] && !ts[j+1].afterQuote; n++ {
		j--
	}
	if j >= 0 && ts[j+1].afterQuote {
		return -1
	}
	return j
}

// speakerAt reports whether ts[j] may be the speaker of the cue at k.
func speakerAt(ts []token, j, k int) bool {
	if j < 0 {
		return false
	}
	for i := j + 1; i <= k; i++ {
		if ts[i].afterQuote {
			return false
		}
	}
	w := ts[j].lower
	// "From said", and "“…,” From said" where the name opens the sentence
	return pronouns[w] || !(stopwords[w] || beVerbs[w]) || (j > 0 || ts[j].afterQuote) && isCapital(ts[j].text)
}

// inverted: "said Smith", "added the statement", "she said".
func inverted(ts []token, k int) bool {
	if k+1 >= len(ts) || ts[k+1].afterQuote {
		return false
	}
	n := ts[k+1]
	switch {
	case pronouns[n.lower] && n.lower != "who" && n.lower != "which":
		return true
	case n.lower == "a" || n.lower == "an" || n.lower == "the" || n.lower == "his" || n.lower == "her" || n.lower == "its" || n.lower == "their":
		return k+2 < len(ts) && !ts[k+2].afterQuote
	}
	return isCapital(n.text) || !stopwords[n.lower] && !between[n.lower] && !beVerbs[n.lower]
}

// byAgent: "was told by X", "was called “…” by X".
func byAgent(ts []token, k int) bool {
	for i := k + 1; i < len(ts) && i <= k+3; i++ {
		if ts[i].lower == "by" {
			return i+1 < len(ts) && !ts[i+1].afterQuote
		}
	}
	return false
}

// opensWithCue: a sentence starting "He said", "She added", "Smith said".
func opensWithCue(ts []token) bool {
	for k := 0; k < len(ts) && k < 6; k++ {
		if isCue(ts[k].lower) && !notSaid(ts, k) && !nounLike(ts, k) {
			return cueWithSource(ts[:min(len(ts), k+3)], k)
		}
	}
	return false
}

// notSaid: the cue at k says that nothing was said: negated ("did not
// respond", "would not say", "didn't comment", "never said"), declined
// ("declined to comment", "refused to say", "chose not to comment") or
// asked for ("could not be reached for comment").
func notSaid(ts []token, k int) bool {
	w := ts[k].lower
	if refusals[w] {
		// "declined to comment", "declined comment"; not "declined to
		// detail the “…”", which gives the words it would not detail
		j := k + 1
		if j < len(ts) && ts[j].lower == "to" {
			j++
		}
		for j < len(ts) && between[ts[j].lower] {
			j++
		}
		if j < len(ts) && j <= k+4 && !ts[j].afterQuote && (isCue(ts[j].lower) || silentWords[ts[j].lower]) {
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-4 && !ts[j+1].afterQuote; j-- {
		v := ts[j].lower
		switch {
		case negations[v] || strings.HasSuffix(v, "n't") || strings.HasSuffix(v, "n’t"):
			return true
		case v == "for" && j == k-1 || v == "for" && j == k-2 && (ts[k-1].lower == "a" || ts[k-1].lower == "any"):
			return true // "reached for comment", "asked for a comment"
		case v == "to" && j > 0 && (refusals[ts[j-1].lower] || negations[ts[j-1].lower]):
			return true // "declined to comment", "chose not to say"
		case between[v] || v == "to" || v == "be":
			continue
		}
		break
	}
	return false
}

var negations = set("not never cannot")

// silentWords, after a refusal, say nothing was said: "declined to elaborate".
var silentWords = set("elaborate discuss")

// refusals decline to speak: "declined to comment", "refused to say".
var refusals = set("declined declines declining decline refused refuses refusing refuse failed fails " +
	"failing fail unable unwilling reluctant")

// nounLike: the cue at k is a plural noun, not a verb: after a determiner,
// a possessive or a preposition ("the charges", "his comments", "amid
// claims"), or after a noun and before a verb ("Parking charges rose",
// "Police reports were").
func nounLike(ts []token, k int) bool {
	w := ts[k].lower
	if k == 0 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || ts[k].afterQuote {
		return false
	}
	prev := ts[k-1].lower
	if nounMarkers[prev] || possessives[prev] || possessive(prev) || isDigit(prev) {
		return true
	}
	if pronouns[prev] || stopwords[prev] || between[prev] || beVerbs[prev] || k+1 >= len(ts) || ts[k+1].afterQuote ||
		k > 1 && isCapital(ts[k-1].text) { // a name and its verb: "the AFI fears", "Jamie hopes"

		return false
	}
	next := pronounOf(ts[k+1].lower)
	return beVerbs[next] || modals[next] || strings.HasSuffix(next, "ed") && !isCue(next) || irregularPast[next]
}

// nounMarkers come before a noun, never before a verb.
var nounMarkers = set("the a an these those some many any no several such each every both other " +
	"further new fresh more numerous of in to for with about on over by from against amid amidst " +
	"despite among following without into after")

var modals = set("will would can could may might must should shall have has had do does did")

// speakersNear returns the capitalised words within three tokens of the
// cue at k: the names of those who speak in the article.
func speakersNear(ts []token, k int) []string {
	var out []string
	for j := max(0, k-3); j < len(ts) && j <= k+3; j++ {
		if j == 0 && j+1 != k && (j+1 >= len(ts) || !isCapital(ts[j+1].text)) {
			continue // "Still, she said": a capital only because it opens the sentence
		}
		if j != k && isCapital(ts[j].text) && !stopwords[ts[j].lower] && !pronouns[ts[j].lower] {
			out = append(out, ts[j].lower)
		}
	}
	return out
}

func lower(s string) string { return strings.ToLower(s) }
