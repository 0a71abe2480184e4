package typography

import (
	"math/rand/v2"
	"regexp"
	"strings"

	"github.com/copydesk/copydesk/rules/ruletest"
)

var (
	innerApostrophe = regexp.MustCompile(`[a-z]'[a-z]`)
	betweenWords    = regexp.MustCompile(`[a-z] [a-z]`)
	wordComma       = regexp.MustCompile(`[a-z], `)
	plainWord       = regexp.MustCompile(` [a-z]{2,} `)
	spacedHyphenRe  = regexp.MustCompile(`[a-z] - [a-z]`)
)

// curl turns a straight-quoted article into a typeset one: apostrophes and
// quotation marks curly, as a CMS with smart quotes would store it.
func curl(src string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range src {
		switch {
		case r == '\'' && isOpener(prev):
			b.WriteRune('‘')
		case r == '\'':
			b.WriteRune('’')
		case r == '"' && isOpener(prev):
			b.WriteRune('“')
		case r == '"':
			b.WriteRune('”')
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

var damages = []ruletest.Damage{
	{Kind: "curly apostrophe in straight copy", Rule: "apostrophe-style", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(innerApostrophe, src, rng)
		if !ok || strings.Count(src, "'")+strings.Count(src, `"`) < 3 {
			return "", [2]int{}, "", false
		}
		out, at := ruletest.Splice(src, m[0]+1, m[0]+2, "’")
		return out, at, src, true
	}},
	{Kind: "straight apostrophe in curly copy", Rule: "apostrophe-style", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		c := curl(src)
		m, ok := ruletest.Pick(regexp.MustCompile(`[a-z]’[a-z]`), c, rng)
		if !ok || strings.Count(c, "’")+strings.Count(c, "“") < 3 {
			return "", [2]int{}, "", false
		}
		out, at := ruletest.Splice(c, m[0]+1, m[1]-1, "'")
		return out, at, c, true
	}},
	{Kind: "double hyphen", Rule: "dash", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(betweenWords, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := ruletest.Splice(src, m[0]+1, m[0]+2, " -- ")
		return out, at, "", true
	}},
	{Kind: "spaced hyphen in typeset copy", Rule: "dash", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		c := curl(src)
		if !strings.ContainsAny(c, "’“") {
			return "", [2]int{}, "", false
		}
		m, ok := ruletest.Pick(betweenWords, c, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := ruletest.Splice(c, m[0]+1, m[0]+2, " - ")
		return out, at, "", true
	}},
	{Kind: "spaced en dash among em dashes", Rule: "dash", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		if len(spacedHyphenRe.FindAllString(src, 3)) < 3 {
			return "", [2]int{}, "", false
		}
		c := strings.ReplaceAll(src, " - ", " — ")
		m, ok := ruletest.Pick(regexp.MustCompile(`[a-z] — [a-z]`), c, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := ruletest.Splice(c, m[0]+1, m[1]-1, " – ")
		return out, at, c, true
	}},
	{Kind: "double space", Rule: "spacing", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(betweenWords, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := ruletest.Splice(src, m[0]+1, m[0]+2, "  ")
		return out, at, src, true
	}, NotHTML: true},
	{Kind: "space before comma", Rule: "spacing", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(wordComma, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := ruletest.Splice(src, m[0]+1, m[0]+1, " ")
		return out, at, src, true
	}},
	{Kind: "repeated word", Rule: "repeated-word", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(plainWord, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		w := src[m[0]+1 : m[1]-1]
		if meantTwice[w] {
			return "", [2]int{}, "", false
		}
		out, _ := ruletest.Splice(src, m[1]-1, m[1]-1, " "+w)
		restored := ""
		if function[w] {
			restored = src
		}
		return out, [2]int{m[0] + 1, m[1] + len(w)}, restored, true
	}},
}
