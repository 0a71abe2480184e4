package main

import (
	"os"
	"sort"
	"strings"
)

// britishToAmerican are the spelling changes that take a British form to
// its American one; a pair is kept only when both forms are in SCOWL's
// British-only and American lists.
var britishToAmerican = [][2]string{
	{"our", "or"}, {"ise", "ize"}, {"isa", "iza"}, {"ising", "izing"}, {"ys", "yz"},
	{"tre", "ter"}, {"bre", "ber"}, {"ogue", "og"}, {"ll", "l"}, {"ence", "ense"},
	{"ae", "e"}, {"oe", "e"}, {"amme", "am"}, {"gement", "gment"}, {"yse", "yze"},
	{"ould", "old"}, {"ough", "ow"}, {"eue", "ue"}, {"que", "ck"}, {"ey", "ay"},
}

// writeVariants writes "british TAB american" pairs found by applying up to
// two of the changes above.
func writeVariants(path string, lex map[string]entry) error {
	var lines []string
	for gb, e := range lex {
		if e.flag != "b" {
			continue
		}
		seen := map[string]bool{}
		for _, us := range variants(gb, 2) {
			if f, ok := lex[us]; ok && (f.flag == "u" || f.flag == "z") && !seen[us] {
				seen[us] = true
				lines = append(lines, gb+"\t"+us)
			}
		}
	}
	sort.Strings(lines)
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// variants applies depth rounds of one change at one place.
func variants(w string, depth int) []string {
	if depth == 0 {
		return nil
	}
	var out []string
	for _, ch := range britishToAmerican {
		for i := 0; ; {
			j := strings.Index(w[i:], ch[0])
			if j < 0 {
				break
			}
			j += i
			v := w[:j] + ch[1] + w[j+len(ch[0]):]
			out = append(out, v)
			out = append(out, variants(v, depth-1)...)
			i = j + 1
		}
	}
	return out
}
