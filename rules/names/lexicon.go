package names

import (
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// titles come before a name and are not part of it. A title inside a run of
// capitalised words splits it: "Iraqi Prime Minister Mohammed al-Sudani"
// gives "Mohammed al-Sudani".
var titles = set(`mr mrs ms miss dr prof professor sir dame lord lady rev
	gen general lt lieutenant col colonel maj major capt captain cpt sgt sergeant cmdr commander
	adm admiral brig brigadier marshal cpl corporal pte private field
	president vice prime minister secretary chancellor premier governor gov senator sen
	representative rep congressman congresswoman mayor ambassador judge justice
	king queen prince princess emperor emir crown sheikh sheik shaikh ayatollah
	imam mullah pope cardinal bishop archbishop father rabbi saint st
	chairman chairwoman chair chief executive deputy foreign home defence defense finance
	interior trade health education culture justice shadow spokesman spokeswoman
	mp mep officer inspector det detective supt superintendent constable coach manager
	skipper striker midfielder defender goalkeeper boss leader director head agent
	dr. mr. mrs. ms.`)

// honorifics come before a given name, not a surname: "Sir Keir", "Dame
// Judi".
var honorifics = set(`sir dame`)

// suffixes end a name and are not part of it: "Sammy Davis Jr".
var suffixes = set(`jr jnr sr snr`)

// particles are lower-case words that belong to the name after them:
// "bin Laden", "van Gogh", "de Gaulle", "von der Leyen".
var particles = set(`al el bin ibn bint abu van von de da di le la du der den del della dos das do ter ten`)

// capitalParticles are particles that keep their capital and still belong
// to the next word ("Bin Laden"); "Al Gore" and "Van Morrison" are names.
var capitalParticles = set(`bin ibn bint`)

// articlePrefixes are the Arabic article and its assimilated forms written
// before a hyphen: al-Sudani, el-Sisi, ash-Shara, ad-Din.
var articlePrefixes = set(`al el ul ur as ash ad ar at az an adh`)

// maxArticlePrefix is the length of the longest of articlePrefixes.
var maxArticlePrefix = func() int {
	n := 0
	for p := range articlePrefixes {
		n = max(n, len(p))
	}
	return n
}()

// articleInitials are the first bytes of articlePrefixes.
var articleInitials = func() (t [256]bool) {
	for p := range articlePrefixes {
		t[p[0]] = true
	}
	return t
}()

// stopwords are capitalised at the start of a sentence but are never a
// name or its first word.
var stopwords = set(`a an the this that these those there then than and but or nor so yet for
	if in on at by to of from with without as after before since until while when where why how
	what who whom whose which it its he she they we you i me him her them us our their his my your
	is are was were be been has have had do does did will would can could should may might must
	not no yes all any some many much more most other another such each every both either neither
	one two three four five six seven eight nine ten first last next new old however meanwhile
	also already although though within because despite during under over between among against
	about above below into onto up down out off here now still just only even again ago
	later earlier yesterday today tonight tomorrow instead finally eventually afterwards
	therefore thus hence indeed perhaps maybe certainly clearly only recently currently
	previously initially originally subsequently separately elsewhere overall nevertheless
	nonetheless otherwise moreover furthermore besides likewise similarly fortunately
	unfortunately interestingly importantly ironically sadly luckily surprisingly
	speaking asked according following including unlike like outside inside around near
	police officials analysts critics supporters fans experts sources reports
	mr mrs ms dr sir monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december`)

// institutionWords end the names of organisations and places, not people:
// "Democratic Party", "Louisville Islamic Center", "Boston Globe". Such a
// name is checked against its own full mentions, but a lone word that
// looks like it (Pretty, Century, Club) is not taken for a reference to it.
var institutionWords = set(`party union center centre press club university college council
	committee commission league association institute foundation group bank court house office
	department ministry agency company corporation corp news times post journal globe herald
	street road avenue airport square park river island islands sea ocean church mosque school
	hospital army navy force forces command guard brigade front movement alliance coalition
	federation republic kingdom state states city county province region district valley
	mountain mountains eastern western northern southern east west north south life live
	network channel radio television service services board authority exchange fund trust
	society museum gallery theatre theater hotel stadium arena cup championship open games
	festival awards prize times telegraph guardian mail express mirror review magazine`)

// months and days are capitalised everywhere but are not names.
var calendar = set(`monday tuesday wednesday thursday friday saturday sunday
	january february march april june july august september october november december`)

// class is the lists of this file a word, in lower case, is on: a set of
// flags, so that the extraction loop looks a word up once, not once a list.
type class uint8

const (
	titleWord class = 1 << iota
	suffixWord
	particleWord        // on particles
	capitalParticleWord // on capitalParticles
	stopWord
	calendarWord
)

// classes holds the class of every word on the lists above that the
// extraction loop asks about; a word on none of them is not in it.
var classes = func() map[string]class {
	m := map[string]class{}
	for _, l := range []struct {
		words map[string]bool
		c     class
	}{{titles, titleWord}, {suffixes, suffixWord}, {particles, particleWord},
		{capitalParticles, capitalParticleWord}, {stopwords, stopWord}, {calendar, calendarWord}} {
		for w := range l.words {
			m[w] |= l.c
		}
	}
	return m
}()

// maxClassed is the length of the longest word of classes: a longer ASCII
// word is on none of the lists. (Lower-casing can shorten other text:
// the Kelvin sign is three bytes, k one.)
var maxClassed = func() int {
	n := 0
	for w := range classes {
		n = max(n, len(w))
	}
	return n
}()

// classFolds and particleFolds are the words of classes, and the
// particles, by their fold hashes.
var classFolds, particleFolds = func() (all, particles foldSet) {
	for w, c := range classes {
		all.add(article.FoldHash(w))
		if c&(particleWord|capitalParticleWord) != 0 {
			particles.add(article.FoldHash(w))
		}
	}
	return all, particles
}()

// classOfWord is classOf(text) for text a word w, or w with a possessive
// cut off. Most words are on no list, which w's fold hash says without a
// look at its letters when text is the whole word: a word spelled as one
// of classes (ASCII, in lower case, no apostrophe) folds as it does.
func classOfWord(w *article.Word, text string) class {
	if len(text) == len(w.Text) && !classFolds.has(w.Fold) {
		return 0
	}
	return classOf(text)
}

// mayBeParticle reports whether w may be a particle, with a possessive cut
// off it or not (see isParticle): false for most words, by their fold hash
// (a particle folds as it is spelled), unless a possessive may end it.
func mayBeParticle(w *article.Word) bool {
	return particleFolds.has(w.Fold) || w.Text[len(w.Text)-1] == 's' || w.Text[len(w.Text)-1] == 'S'
}

// classOf returns the class of s, a word as written.
func classOf(s string) class {
	if len(s) > maxClassed && isASCII(s) {
		return 0
	}
	var buf [32]byte
	return classes[string(appendLower(buf[:0], s))]
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
