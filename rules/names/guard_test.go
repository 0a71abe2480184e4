package names

import (
	"slices"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestNotAVariant: words that name something else (a party, a country, a
// nationality, a one-name star, a title of a work) and the other players
// of a team sheet are not spellings of a person's surname; a title before
// the word, or a surname-only mention in prose, still is.
func TestNotAVariant(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"party", "Opposition frontbencher Andrew Tyrie asked a question.\n\nTory members cheered.", nil},
		{"party plural", "Opposition frontbencher Andrew Tyrie asked a question.\n\nTories cheered him.", nil},
		{"country", "Sprinter Patrick van Balkom came second.\n\nBelgium took the relay.", nil},
		{"nationality", "Allan Scott won the heat.\n\nThe 22-year-old Scot was pleased.", nil},
		{"nationality with a title is a person", "Allan Scott won the heat.\n\nLater Mr Scot was pleased.",
			[]string{"Scot→Scott"}},
		{"one-name star", "Agent Gilmar Rinaldi spoke.\n\nFans compared the striker with Ronaldo.", nil},
		{"title of a work", "Singer Vanessa Paradis was there.\n\nHis role in Pirates of the Caribbean won praise.", nil},
		{"two players on team sheets", "Rob Hoadley scored twice.\n\n" +
			"Wasps: Smith; Jones, Hoadley, Brown, White; Black, Green.\n\n" +
			"Sale: Gray; Wood, Hatley, Stone, Field; Lamb, Marsh.", nil},
		{"a sheet and the prose name one player", "Mark Mayerholfer scored.\n\n" +
			"Falcons: Walder; May, Tait, Mayerhofler, Stephenson; Wilkinson, Grindal.",
			[]string{"Mayerhofler→Mayerholfer"}},
		{"common word", "The singer Kylie Minogue opened the show.\n\nI grew up with Mary, Mungo and Midge.", nil},
		{"common word, no title of a work", "Singer Vanessa Paradis was there.\n\nThe Pirates won the final.", nil},
		{"common word after the same first name is a variant",
			"The singer Kylie Minogue opened the show.\n\nI grew up with Mary, Mungo and Midge.\n\nLater Kylie Mungo sang again.",
			[]string{"Mungo→Minogue"}},
		{"common word with a title is a person", "The singer Kylie Minogue opened the show.\n\nThen Ms Mungo sang.",
			[]string{"Mungo→Minogue"}},
		{"common word beside a verb of speech is a person",
			"Agent Brian Hassell spoke to us.\n\n\"He wants to stay,\" said Hassel.", []string{"Hassel→Hassell"}},
		{"a variant in prose stays one", "David Monteith runs the firm.\n\nMr Montieth said it works.",
			[]string{"Montieth→Monteith"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := flagged(t, "g.txt", c.src, ruletest.Options{})
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestNotPersonWord(t *testing.T) {
	for w, want := range map[string]bool{
		"belgium": true, "belgians": true, "tory": true, "tories": true, "scot": true,
		"ronaldo": true, "danes": true, "rinaldi": false, "scott": false, "hughes": false,
	} {
		if notPersonWord(w) != want {
			t.Errorf("notPersonWord(%q) = %v, want %v", w, !want, want)
		}
	}
}

func TestCommonWord(t *testing.T) {
	for w, want := range map[string]bool{
		"Pirates": true, "Mungo": true, "Tory": true, "Minogue": false, "Hassan": false, "Montieth": false,
	} {
		pt := part{core: w}
		if commonWord(&pt) != want {
			t.Errorf("commonWord(%q) = %v, want %v", w, !want, want)
		}
	}
}
