package typo

import (
	"embed"
	"sort"
	"strings"
	"sync"
)

//go:generate sh internal/gen/gen.sh

//go:embed data/lexicon.tsv.gz data/bigrams.tsv.gz data/nearmiss.tsv.gz data/variants.tsv
var dataFS embed.FS

// entry is one word of the lexicon.
type entry struct {
	class uint8  // SCOWL size class: 10 most common … 95 rarest
	flag  byte   // 'u' American-only, 'b' British-only, 'z' -ize form accepted in both, 0 common
	alts  bool   // has near misses or a confusion set: worth a real-word check
	count uint32 // occurrences in the counted text (SOTU and WordNet glosses, case folded)
}

// hotCount is the count from which a word is in the hot map: about
// 3,000 words that make up most of any prose.
const hotCount = 5

// lexicon is the rule's read-only data, loaded once per process. "The
// counted text" is what the word and pair counts come from: the US State of
// the Union addresses and WordNet's glosses (see internal/gen).
type lexicon struct {
	words     map[string]entry    // exact spelling → entry, for words counted or of class 70 or below
	rare      []string            // the other words, sorted: a map of them would double the start-up time
	rareE     []entry             // rare[i]'s entry
	rareFrom  []int32             // first index in rare of each two-byte prefix
	hot       map[string]entry    // the commonest words, looked up first: a small map stays in cache
	folded    map[string]string   // lower case → the lexicon's spelling, for words stored capitalised
	bigrams   map[string]uint32   // "left right" → count in the counted text
	nearMiss  map[string][]string // word → far more common words one edit away
	toUS      map[string]string   // British → American spelling
	toGB      map[string]string   // American → British spelling
	accented  map[string]bool     // lower-case words with accents, written without ("cafe")
	total     float64             // words in the counted text
	bounds    float64             // clause boundaries in the counted text ("." in bigrams)
	sugg      *suggestIndex       // built on first use: most copy never needs it
	once      sync.Once
	slipsOf   map[string][]string // see nameSlips
	namesOnce sync.Once
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon returns the shared lexicon, reading the embedded data once.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() {
		lex, lexErr = readLexicon()
		if lexErr == nil {
			// Most runs meet a misspelling sooner or later; build the
			// suggestion index on another core while the first articles
			// are checked (index() waits for it if it is needed earlier).
			go lex.index()
		}
	})
	return lex, lexErr
}

// rareIndex finds w in the sorted rare list, searching only the words that
// share its first two bytes.
func (l *lexicon) rareIndex(w string) (int, bool) {
	k := prefix2(w)
	lo, hi := int(l.rareFrom[k]), len(l.rare)
	if k+1 < len(l.rareFrom) {
		hi = int(l.rareFrom[k+1])
	}
	i := lo + sort.SearchStrings(l.rare[lo:hi], w)
	return i, i < hi && l.rare[i] == w
}

// get finds a word exactly as spelt.
func (l *lexicon) get(w string) (entry, bool) {
	if e, ok := l.words[w]; ok {
		return e, true
	}
	if i, ok := l.rareIndex(w); ok {
		return l.rareE[i], true
	}
	return entry{}, false
}

// lookup finds w as spelled, or, for a capitalised or upper-case word, its
// lower-case form. ok is false for a word the lexicon does not have.
func (l *lexicon) lookup(w string) (entry, bool) {
	if e, ok := l.hot[w]; ok {
		return e, true
	}
	if e, ok := l.get(w); ok {
		return e, true
	}
	lw := strings.ToLower(w)
	if lw != w {
		if e, ok := l.get(lw); ok {
			return e, true
		}
		if s, ok := l.folded[lw]; ok {
			return l.get(s) // "NATO" for "Nato", "LONDON" for "London"
		}
	}
	return entry{}, false
}

// classPrior is how often a word of a SCOWL size class is expected in
// priorWords words of text when the counted text has not seen it. Keep it in
// step with prior in internal/gen.
func classPrior(class uint8) float64 {
	switch {
	case class <= 10:
		return 100
	case class <= 20:
		return 30
	case class <= 35:
		return 8
	case class <= 40:
		return 5
	case class <= 50:
		return 2.5
	case class <= 55:
		return 1.6
	case class <= 60:
		return 1
	case class <= 70:
		return 0.5
	case class <= 80:
		return 0.15
	}
	return 0.05
}

// freq is a word's expected count in priorWords words of text: what the counted text saw
// plus the size class's prior, so that words it never saw still rank.
func (l *lexicon) freq(w string) float64 {
	e, ok := l.get(w)
	if !ok {
		if s, ok2 := l.folded[w]; ok2 {
			e, ok = l.get(s)
		}
	}
	if !ok {
		return 0.01
	}
	return float64(e.count) + classPrior(e.class)*l.total/priorWords
}

// priorWords is the text size classPrior is set for.
const priorWords = 1.8e6

// compound reports whether w is two common words written as one
// ("gameplay", "barcode"): news coins such words faster than word lists
// take them in.
func (l *lexicon) compound(w string) bool {
	for i := 3; i+3 <= len(w); i++ {
		a, okA := l.get(w[:i])
		b, okB := l.get(w[i:])
		if okA && okB && a.class <= 60 && b.class <= 60 {
			return true
		}
	}
	return false
}

// stripAccents writes Latin letters with diacritics as plain ones, for the
// few hundred accented words of the lexicon ("café", "protégé", "naïve").
func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range s {
		if p, ok := plainLetter[r]; ok {
			b.WriteByte(p)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var plainLetter = func() map[rune]byte {
	m := map[rune]byte{}
	for plain, accented := range map[byte]string{
		'a': "àáâãäåā", 'c': "çć", 'e': "èéêëē", 'i': "ìíîïī", 'n': "ñń", 'o': "òóôõöøō",
		'u': "ùúûüū", 'y': "ýÿ", 's': "š", 'z': "ž",
	} {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()

func (l *lexicon) hasExact(w string) bool {
	_, ok := l.get(w)
	return ok
}

// commonName reports whether lw is the lower-case form of a name of class
// 60 or below ("december" for "December").
func (l *lexicon) commonName(lw string) bool {
	e, ok := l.get(l.folded[lw])
	return ok && e.class <= 60
}
