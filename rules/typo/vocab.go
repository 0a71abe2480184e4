package typo

import (
	_ "embed" // the data file
	"strings"
	"sync"
)

// vocabTXT is the newer vocabulary SCOWL lacks ("cyber", "chatbots",
// "petaflop"), from cspell's English dictionaries (see internal/gen/vocab.go
// and data/CSPELL-LICENSE), spelt as they spell it, one word a line.
//
//go:embed data/vocab.txt
var vocabTXT string

// vocab is vocabTXT as a set, built at the first word the lists lack: most
// copy never needs it, and the hot path never sees it.
var vocab = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, strings.Count(vocabTXT, "\n"))
	for _, w := range strings.Split(strings.TrimSpace(vocabTXT), "\n") {
		m[w] = true
	}
	return m
})

// inVocab reports whether w, a word the lists lack, is in the newer
// vocabulary: spelt so, or capitalised where the vocabulary has it in
// lower case ("Cyber attacks").
func inVocab(w string) bool {
	v := vocab()
	if v[w] {
		return true
	}
	return caseOf(w) == titleCase && v[strings.ToLower(w)]
}
