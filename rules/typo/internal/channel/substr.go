package channel

import (
	"math"
	"sort"
)

// The substring model, after Brill & Moore (2000): a slip may change a
// few letters at once ("ph" written "f", "ie" as "ei", a final "e" left
// out), and such a change is likelier than its letters' slips one by one.
// Rules rewrite up to maxRule letters of the intended word (α) into up to
// maxRule typed letters (β); the word is padded with '^' and '$' so that a
// rule can hold to a word's start or end.

const (
	maxRule  = 3
	minCount = 2 // a rule seen once is as often noise as a habit
	begin    = '^'
	end      = '$'
)

// rule is α → β with its cost in nats, −ln P(β | α).
type rule struct {
	from, to string
	cost     float64
}

// learnRules counts, over the aligned training pairs, every rewrite of a
// run of slips widened by up to one matching letter on either side, and
// divides by how often α stands in the intended words.
func learnRules(pairs [][2]string) []rule {
	rewrites := map[[2]string]float64{}
	for _, p := range pairs {
		typed, intended := p[0], p[1]
		if !letters(typed) || !letters(intended) || typed == intended {
			continue
		}
		cols, ok := columns(string(begin)+intended+string(end), string(begin)+typed+string(end))
		if !ok {
			continue
		}
		seen := map[[2]string]bool{} // a rule counts once a pair
		for s := 0; s < len(cols); s++ {
			if cols[s].match() {
				continue
			}
			e := s
			for e+1 < len(cols) && !cols[e+1].match() {
				e++
			}
			for lo := s; lo >= max(0, s-1); lo-- {
				for hi := e; hi <= min(len(cols)-1, e+1); hi++ {
					var a, b string
					for _, c := range cols[lo : hi+1] {
						a += c.a
						b += c.b
					}
					if len(a) <= maxRule && len(b) <= maxRule && !seen[[2]string{a, b}] {
						seen[[2]string{a, b}] = true
						rewrites[[2]string{a, b}]++
					}
				}
			}
			s = e
		}
	}
	// how often each α stands in the intended words
	need := map[string]float64{}
	for k, n := range rewrites {
		if n >= minCount {
			need[k[0]] = 0
		}
	}
	for _, p := range pairs {
		if !letters(p[0]) || !letters(p[1]) {
			continue
		}
		w := string(begin) + p[1] + string(end)
		for i := range len(w) {
			for k := 1; k <= maxRule && i+k <= len(w); k++ {
				if _, ok := need[w[i:i+k]]; ok {
					need[w[i:i+k]]++
				}
			}
		}
	}
	var out []rule
	for k, n := range rewrites {
		if n < minCount || k[0] == "" {
			continue // an insertion with no context letter: Ins has it
		}
		out = append(out, rule{k[0], k[1], -math.Log(n / (need[k[0]] + 1))})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].from != out[j].from {
			return out[i].from < out[j].from
		}
		return out[i].to < out[j].to
	})
	return out
}

// column is one step of an alignment: a → b, either may be empty; a swap
// is one column of two letters each.
type column struct{ a, b string }

func (c column) match() bool { return c.a == c.b }

// columns aligns intended to typed (padded) as align does and returns the
// steps from the start, or false when they are more than maxDist apart.
func columns(intended, typed string) ([]column, bool) {
	n, m := len(intended), len(typed)
	d := osaTable(intended, typed)
	if d[n][m] > maxDist {
		return nil, false
	}
	var rev []column
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && intended[i-1] == typed[j-1] && d[i][j] == d[i-1][j-1]:
			rev = append(rev, column{intended[i-1 : i], typed[j-1 : j]})
			i, j = i-1, j-1
		case i > 1 && j > 1 && intended[i-1] == typed[j-2] && intended[i-2] == typed[j-1] && intended[i-1] != intended[i-2] && d[i][j] == d[i-2][j-2]+1:
			rev = append(rev, column{intended[i-2 : i], typed[j-2 : j]})
			i, j = i-2, j-2
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			rev = append(rev, column{intended[i-1 : i], typed[j-1 : j]})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			rev = append(rev, column{intended[i-1 : i], ""})
			i--
		default:
			rev = append(rev, column{"", typed[j-1 : j]})
			j--
		}
	}
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev, true
}
