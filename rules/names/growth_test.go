package names

import (
	"fmt"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"
	"github.com/copydesk/copydesk/rules/article"
)

// givenName is the i-th of many different given names, no two of them
// variants or slips of each other: each decimal digit of i picks a
// consonant of its own sound class, the first digit the initial, and each
// later one is written twice, so that two names differ in their initial
// or in two places.
func givenName(i int) string {
	const letters = "bdfglmnrsj"
	d := [4]byte{}
	for k := range d {
		d[k] = letters[i%10]
		i /= 10
	}
	return strings.ToUpper(string(d[0])) + "a" + string(d[1]) + "a" + string(d[2]) + "a" + string(d[3]) +
		"o" + string(d[1]) + "e" + string(d[2]) + "i" + string(d[3])
}

// smiths is an article naming n different people of one surname, a
// surname-only mention, and a misspelt one: every full mention shares the
// surname's skeleton, so a search by skeleton alone compares each with all.
func smiths(t testing.TB, n int) *article.Article {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s Smith spoke.\n\n", givenName(i))
	}
	b.WriteString("Smith agreed. Smiht did not.\n")
	a, err := article.Parse("smiths.txt", article.Text, []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestGrowthPeople(t *testing.T) {
	arts := map[int]*article.Article{1000: smiths(t, 1000), 4000: smiths(t, 4000)}
	growth.Check(t, 1000, func(n int) {
		// a few of the names are read as another's variant: most must not be
		if got := len(analyse(arts[n], &listIndex{}, DefaultOptions().similarity(), newScratch()).all); got < n*4/5 {
			t.Fatalf("%d people, want about %d", got, n)
		}
	})
}

// names learn over an archive of n files, each naming a different Smith
// (and one file a variant of each, to be clustered).
func TestGrowthLearn(t *testing.T) {
	archive := func(n int) []*article.Article {
		var arts []*article.Article
		for i := range n {
			src := fmt.Sprintf("%s Smith spoke.\n\n%s Smyth spoke.\n", givenName(i), givenName(i))
			a, err := article.Parse(fmt.Sprintf("a%d.txt", i), article.Text, []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			arts = append(arts, a)
		}
		return arts
	}
	arts := map[int][]*article.Article{500: archive(500), 2000: archive(2000)}
	growth.Check(t, 500, func(n int) {
		if got := len(Learn(arts[n])); got < n*4/5 {
			t.Fatalf("%d proposals, want about %d", got, n)
		}
	})
}
