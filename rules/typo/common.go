package typo

import "strings"

// WordClass is the SCOWL size class (10 commonest … 95 rarest) of w as an
// ordinary lower-case word, or 0 when the lexicon has no lower-case
// spelling of it: "pirates" is 35, "mungo" 80, "hassan" 0 (the lexicon
// knows only the name "Hassan"). Case is ignored in w. It lets another
// rule ask whether a capitalised word is also a common word (the
// name-spelling rule: "Pirates" is no misspelt Paradis) and choose its own
// threshold. The lexicon is read on the first call, once per process (a
// few milliseconds, shared with this rule); then a call is one hash probe,
// or a binary search of the rare words.
func WordClass(w string) int {
	l, err := loadLexicon()
	if err != nil || w == "" {
		return 0
	}
	e, ok := l.get(strings.ToLower(w))
	if !ok {
		return 0
	}
	return int(e.class)
}
