package typo

import "strings"

// inVocab reports whether w, a word the lists lack, is in the newer
// vocabulary SCOWL lacks ("cyber", "chatbots", "petaflop"; data/vocab.txt,
// from cspell's English dictionaries: see internal/gen/vocab.go and
// data/CSPELL-LICENSE, as a set in maps.bin): spelt so, or capitalised where
// the vocabulary has it in lower case ("Cyber attacks").
func (l *lexicon) inVocab(w string) bool {
	if l.maps.vocab.has(w) {
		return true
	}
	return caseOf(w) == titleCase && l.maps.vocab.has(strings.ToLower(w))
}
