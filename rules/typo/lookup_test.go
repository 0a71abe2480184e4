package typo

import (
	"strings"
	"testing"
)

// TestGroupFilter checks what the group filter relies on (see
// buildGroupFilter): no common word has a long s, and every common word,
// in any capitalisation, still finds its group.
func TestGroupFilter(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for i := range l.n {
		w := l.word(i)
		if strings.ContainsRune(w, 'ſ') {
			t.Fatalf("common word %q has a long s: the group filter would miss words that fold to it", w)
		}
		for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w)} {
			if isASCII(v) && l.group(v) < 0 {
				t.Fatalf("group(%q) < 0 for the common word %q", v, w)
			}
		}
	}
}

// TestHotTable checks that the hot tables answer as the slow path does.
func TestHotTable(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for i := range min(l.n, 2*hotWords) {
		w := l.word(i)
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			sl, ok := l.hotSlot(v)
			if i >= hotWords && ok && sl.ref&slotFolded == 0 {
				t.Fatalf("%q: in the hot table, past hotWords", v)
			}
			if !ok || sl.ref&slotFolded != 0 {
				continue
			}
			if got := int(sl.ref&slotIndex) - 1; l.word(got) != v {
				t.Fatalf("hot table: %q found as %q", v, l.word(got))
			}
			if sl.entry() != l.entryAt(int(sl.ref&slotIndex)-1) {
				t.Fatalf("hot table: %q has entry %+v, want %+v", v, sl.entry(), l.entryAt(int(sl.ref&slotIndex)-1))
			}
		}
	}
}
