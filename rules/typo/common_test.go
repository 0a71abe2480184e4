package typo

import "testing"

// TestWordClass: the class of a word's lower-case spelling, whatever the
// case asked; 0 for a word the lexicon has only as a name, or not at all.
func TestWordClass(t *testing.T) {
	for w, want := range map[string]int{
		"pirates": 35, "Pirates": 35, "PIRATES": 35, "Mungo": 80, "Hassan": 0, "Minogue": 0, "": 0,
	} {
		if got := WordClass(w); got != want {
			t.Errorf("WordClass(%q) = %d, want %d", w, got, want)
		}
	}
}
