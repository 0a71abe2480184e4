package typo

import "sort"

// Short real-word slips. A letter left out of, or two letters swapped in,
// one of the commonest words often makes a rare word of three letters or
// fewer: "that" → "tat", "this" → "tis", "when" → "wen", "what" → "wat".
// The language model's edit neighbours stop at four letters (a short
// word has too many: lmMinLength), so these are listed apart, for the
// model to weigh each such word against the common word(s) it may be a
// slip of, in context (lmRealWord).

const (
	shortSlipMeantRank = 300 // the word meant: one of the 300 commonest
	shortSlipMinClass  = 50  // the word written: not a common word itself …
	shortSlipMaxCount  = 5   // … and seldom seen in the counted text
)

// buildShortSlips fills l.shortSlips, and l.moreAlts with the common
// three-letter words that are such slips (the keys of both are marked for
// the real-word check in lookup.bin, see lookupTable in derived_test.go).
// Called at load (buildMoreAlts): a few hundred words are looked at, in
// well under a millisecond.
func (l *lexicon) buildShortSlips() {
	l.shortSlips = map[string][]string{}
	short := map[string][]string{}
	for i := 0; i < min(l.n, shortSlipMeantRank); i++ {
		w := l.word(i)
		if len(w) < 3 || len(w) > 4 || !plainLower(w) {
			continue
		}
		for _, typed := range shortTypings(w) {
			if len(typed) > 3 || typed == w || apostropheLost[typed] != "" {
				continue
			}
			t, ok := l.get(typed)
			if !ok || !l.hasExact(typed) {
				continue
			}
			into := l.shortSlips
			if t.class < shortSlipMinClass || t.count > shortSlipMaxCount {
				// "mad" for "made", "ear" for "year"; not one of the
				// commonest words itself ("the" is no slip of "they"),
				// and of three letters (shorter words are not checked)
				if j, ok := l.exact(typed); !ok || j < shortSlipMeantRank || len(typed) != 3 {
					continue
				}
				into = short
			}
			if !contains(into[typed], w) {
				into[typed] = append(into[typed], w)
			}
		}
	}
	for _, ws := range l.shortSlips {
		sort.Strings(ws) // map order must not reach the output
	}
	for typed, ws := range short {
		sort.Strings(ws)
		l.addMoreAlts(typed, moreAlts{shortCommon: ws})
	}
}

// shortTypings are w with one letter left out, or two adjacent letters
// swapped.
func shortTypings(w string) []string {
	var out []string
	for i := range len(w) {
		out = append(out, w[:i]+w[i+1:])
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != w[i+1] {
			out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
		}
	}
	return out
}

// moreAlts are the words the language model weighs a word against besides
// its edit neighbours, all in one map so that a word costs one look-up:
// its confusion set, or the plurals' (buildPluralConfusions); the
// contraction it may have lost its apostrophe from (apostropheLost); the
// commonest words a short rare word (buildShortSlips) or a common
// three-letter word (shortCommon) may be a slip of.
type moreAlts struct {
	conf        []string
	lost        string
	short       []string
	shortCommon []string
}

// buildMoreAlts builds l.shortSlips and l.moreAlts afresh (at load, and in
// the generator step that marks their words in lookup.bin).
func (l *lexicon) buildMoreAlts() {
	l.moreAlts = map[string]moreAlts{}
	l.buildShortSlips()
	l.buildPluralConfusions()
	for w, conf := range confusions {
		l.addMoreAlts(w, moreAlts{conf: conf})
	}
	for w, lost := range apostropheLost {
		l.addMoreAlts(w, moreAlts{lost: lost})
	}
	for w, short := range l.shortSlips {
		l.addMoreAlts(w, moreAlts{short: short})
	}
}

// hasMoreAlts reports whether the word of the model's id w may have more
// alternatives (moreAlts): false for most words weighed, which then need
// no look-up in the map (a BBC pass weighs 320,000 words and 19,000 are in
// it). markMoreAlts must have been called with the model.
func (l *lexicon) hasMoreAlts(w int32) bool {
	return l.moreIDs[w/64]&(1<<(w%64)) != 0
}

// markMoreAlts looks up the model's ids of moreAlts' words, about 400, for
// hasMoreAlts; once (run calls it for each article).
func (l *lexicon) markMoreAlts(m *langModel) {
	l.moreOnce.Do(func() {
		l.moreIDs = make([]uint64, (m.n+63)/64)
		for a := range l.moreAlts {
			if id := m.id(a); id >= 0 {
				l.moreIDs[id/64] |= 1 << (id % 64)
			}
		}
	})
}

func (l *lexicon) addMoreAlts(w string, a moreAlts) {
	x := l.moreAlts[w]
	x.conf = append(x.conf, a.conf...)
	x.short = append(x.short, a.short...)
	x.shortCommon = append(x.shortCommon, a.shortCommon...)
	if a.lost != "" {
		x.lost = a.lost
	}
	l.moreAlts[w] = x
}
