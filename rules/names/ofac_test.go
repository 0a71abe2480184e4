package names

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/copydesk/copydesk/internal/corpustest"
)

// ofacPair is a listed person's primary name and an alias whose surname is
// a spelling variant of the primary one.
type ofacPair struct {
	given, surname, alias string
}

// ofacPairs reads the public half of the OFAC SDN list and keeps, for each
// individual, aliases whose surname is a close spelling of the primary
// surname. The test is deliberately independent of the rule's own
// comparison: plain edit distance on letters, at most 0.34 of the longer
// surname, with the Arabic article and hyphens removed and a different
// spelling left after that.
func ofacPairs(t testing.TB) []ofacPair {
	t.Helper()
	dir := corpustest.Dir(t, "names-ofac-sdn")
	sdn := readOFAC(t, filepath.Join(dir, "sdn.csv"))
	alt := readOFAC(t, filepath.Join(dir, "alt.csv"))
	people := map[string][2]string{} // ent_num → surname, given
	for _, r := range sdn {
		if len(r) > 2 && strings.TrimSpace(r[2]) == "individual" {
			if s, g, ok := splitOFAC(r[1]); ok {
				people[r[0]] = [2]string{s, g}
			}
		}
	}
	var out []ofacPair
	for _, r := range alt {
		p, ok := people[r[0]]
		if len(r) < 4 || !ok {
			continue
		}
		s, _, ok := splitOFAC(r[3])
		if !ok || !closeSpelling(p[0], s) {
			continue
		}
		out = append(out, ofacPair{given: p[1], surname: p[0], alias: s})
	}
	return out
}

func readOFAC(t testing.TB, path string) [][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err) // the corpus folder is there, so its file must be
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimRight(b, "\x1a")))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// splitOFAC turns "AL-QADHAFI, Muammar Muhammad" into "al-Qadhafi" and
// "Muammar". Surnames of more than one word and non-letters are skipped.
func splitOFAC(name string) (surname, given string, ok bool) {
	s, g, found := strings.Cut(name, ",")
	g = strings.TrimSpace(g)
	if !found || strings.ContainsAny(s, " .'") || g == "" {
		return "", "", false
	}
	// OFAC writes a few given names in capitals (MICHEL) and some with a
	// rank (General); an article would not.
	given = strings.Fields(g)[0]
	given = given[:1] + strings.ToLower(given[1:])
	if classOf(given)&titleWord != 0 {
		return "", "", false
	}
	for _, r := range s + given {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || r == '-') {
			return "", "", false
		}
	}
	var parts []string
	for i, w := range strings.Split(strings.ToLower(s), "-") {
		if w == "" {
			return "", "", false
		}
		if i == 0 && (w == "al" || w == "el") {
			parts = append(parts, w)
			continue
		}
		parts = append(parts, strings.ToUpper(w[:1])+w[1:])
	}
	surname = strings.Join(parts, "-")
	return surname, given, len(surname) >= 4 && len(given) >= 3 && unicode.IsUpper(rune(given[0]))
}

func closeSpelling(a, b string) bool {
	ca, cb := bareSurname(a), bareSurname(b)
	if ca == cb {
		return false
	}
	d := levenshtein(ca, cb)
	return float64(d) <= 0.34*float64(max(len(ca), len(cb)))
}

func bareSurname(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "al-"), "el-")
	return strings.ReplaceAll(s, "-", "")
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j-1]+c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}
