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

// buildShortSlips fills l.shortSlips (its keys are marked for the
// real-word check in lookup.bin, see lookuptable_test.go). Called at load:
// a few hundred words are looked at, in well under a millisecond.
func (l *lexicon) buildShortSlips() {
	l.shortSlips = map[string][]string{}
	l.shortCommon = map[string][]string{}
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
				into = l.shortCommon // "mad" for "made", "ear" for "year"
			}
			if !contains(into[typed], w) {
				into[typed] = append(into[typed], w)
			}
		}
	}
	for _, m := range []map[string][]string{l.shortSlips, l.shortCommon} {
		for _, ws := range m {
			sort.Strings(ws) // map order must not reach the output
		}
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
