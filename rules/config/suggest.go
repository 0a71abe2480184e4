package config

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules"
)

// SuggestRule is "; did you mean X?" for an unknown rule ID, naming the
// rules it may have meant, or "" when none is close: one containing it or
// contained in it ("duplicate"), one starting as it does ("dupe", the rule's
// package name), or one a slip or two of the keyboard away ("tpyo").
func SuggestRule(all []*rules.Rule, id string) string {
	id = strings.ToLower(strings.TrimSpace(id))
	var ids []string
	for _, r := range all {
		if id != "" && closeTo(r.ID, id) {
			ids = append(ids, r.ID)
		}
	}
	slices.Sort(ids)
	if len(ids) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(ids, " or ") + "?"
}

// closeTo reports whether an unknown ID is close to a rule's ID, or to one
// of its hyphenated words ("quote" to unattributed-quote).
func closeTo(ruleID, id string) bool {
	if len(id) >= 3 && strings.Contains(ruleID, id) || strings.Contains(id, ruleID) {
		return true
	}
	if len(id) >= 3 && commonPrefix(ruleID, id) >= 3 {
		return true
	}
	return EditDistance(ruleID, id) <= max(1, len(id)/4)
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// EditDistance is the optimal-string-alignment distance between two names
// (ASCII bytes: rule IDs, formats): insertions, deletions, substitutions and swaps of two
// neighbours each count one.
func EditDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j-1]+cost, d[i-1][j]+1, d[i][j-1]+1)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
