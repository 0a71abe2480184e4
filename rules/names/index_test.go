package names

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/article"
)

// TestIndexesOnlyNarrow: the people of an article are the same whether
// fullCandidates and slipped use their indexes from the first person (as
// they once did) or only for many people (bigSkeleton, manyPeople). Run on
// every BBC article; TestIndexesOnlyNarrowSmiths runs it without the corpus.
func TestIndexesOnlyNarrow(t *testing.T) {
	samePeopleEitherWay(t, parseAll(t, bbcFiles(t)))
}

// TestIndexesOnlyNarrowSmiths: the same on an article naming a hundred
// Smiths, which needs no corpus and so runs with -short too.
func TestIndexesOnlyNarrowSmiths(t *testing.T) {
	samePeopleEitherWay(t, []*article.Article{smiths(t, 100)})
}

func samePeopleEitherWay(t *testing.T, arts []*article.Article) {
	t.Helper()
	sim := DefaultOptions().similarity()
	for _, a := range arts {
		lazy := describePeople(analyse(a, &listIndex{}, sim, newScratch()))
		big, many := bigSkeleton, manyPeople
		bigSkeleton, manyPeople = 1, 0
		eager := describePeople(analyse(a, &listIndex{}, sim, newScratch()))
		bigSkeleton, manyPeople = big, many
		if lazy != eager {
			t.Fatalf("%s: the indexes change the people found\nlazy:\n%s\neager:\n%s", a.Path, lazy, eager)
		}
	}
}

// describePeople writes each person's preferred spelling and the places
// of its mentions, in order.
func describePeople(g *people) string {
	var b strings.Builder
	for _, p := range g.all {
		fmt.Fprintf(&b, "%d %s:", p.seq, p.surname.text)
		for _, m := range p.mentions {
			fmt.Fprintf(&b, " %d", m.seq)
		}
		b.WriteString(" /")
		for _, m := range p.byGiven {
			fmt.Fprintf(&b, " %d", m.seq)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestScratchReused: an article's people are the same in a scratch another
// article was analysed in, then reset, as in a new one.
func TestScratchReused(t *testing.T) {
	sim := DefaultOptions().similarity()
	first, err := article.Parse("a.txt", article.Text, []byte("Muammar Gaddafi met Keir Starmer. Mr Qadhafi spoke to Sir Kier and to Ms Haig."))
	if err != nil {
		t.Fatal(err)
	}
	second := smiths(t, 100)
	mem := newScratch()
	analyse(first, &listIndex{}, sim, mem)
	mem.reset()
	want := describePeople(analyse(second, &listIndex{}, sim, newScratch()))
	if got := describePeople(analyse(second, &listIndex{}, sim, mem)); got != want {
		t.Fatalf("in a reused scratch:\n%s\nwant:\n%s", got, want)
	}
}

// cutPossessive trims exactly the endings the rule has always read as a
// possessive: ’s 's ʼs ’S 'S, and not ʼS, nor an apostrophe alone.
func TestCutPossessive(t *testing.T) {
	for _, c := range []struct {
		word string
		stem string // "" for no possessive
	}{
		{"Qadhafi’s", "Qadhafi"}, {"Qadhafi's", "Qadhafi"}, {"Qadhafiʼs", "Qadhafi"},
		{"QADHAFI’S", "QADHAFI"}, {"QADHAFI'S", "QADHAFI"},
		{"QadhafiʼS", ""}, {"Qadhafis", ""}, {"'s", ""}, {"’s", ""}, {"s", ""},
	} {
		w := &article.Word{Text: c.word, Start: 10, End: 10 + len(c.word)}
		end, ok := cutPossessive(w)
		got := ""
		if ok {
			got = c.word[:end-10]
		}
		if got != c.stem {
			t.Errorf("cutPossessive(%q) = %q, want %q", c.word, got, c.stem)
		}
	}
}
