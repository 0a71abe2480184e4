package typography

import (
	"github.com/copydesk/copydesk/rules/ruletest"
	"math/rand/v2"
	"regexp"
	"strings"
)

var (
	innerApostrophe = regexp.MustCompile(`[a-z]'[a-z]`)
	betweenWords    = regexp.MustCompile(`[a-z] [a-z]`)
	wordComma       = regexp.MustCompile(`[a-z], `)
	plainWord       = regexp.MustCompile(` [a-z]{2,} `)
	spacedHyphenRe  = regexp.MustCompile(`[a-z] - [a-z]`)
)

// pick returns a random match of re in the body (after the headline).
func pick(re *regexp.Regexp, src string, rng *rand.Rand) ([]int, bool) {
	body := strings.Index(src, "\n") + 1
	ms := re.FindAllStringIndex(src[body:], -1)
	if len(ms) == 0 || body == 0 {
		return nil, false
	}
	m := ms[rng.IntN(len(ms))]
	at := m[0] + body
	if strings.LastIndex(src[:at], "<") > strings.LastIndex(src[:at], ">") {
		return nil, false // inside an HTML tag: not prose
	}
	return []int{at, m[1] + body}, true
}

// splice replaces src[i:j] with s and returns the result and s's range.
func splice(src string, i, j int, s string) (string, [2]int) {
	return src[:i] + s + src[j:], [2]int{i, i + len(s)}
}

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
		m, ok := pick(innerApostrophe, src, rng)
		if !ok || strings.Count(src, "'")+strings.Count(src, `"`) < 3 {
			return "", [2]int{}, "", false
		}
		out, at := splice(src, m[0]+1, m[0]+2, "’")
		return out, at, src, true
	}},
	{Kind: "straight apostrophe in curly copy", Rule: "apostrophe-style", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		c := curl(src)
		m, ok := pick(regexp.MustCompile(`[a-z]’[a-z]`), c, rng)
		if !ok || strings.Count(c, "’")+strings.Count(c, "“") < 3 {
			return "", [2]int{}, "", false
		}
		out, at := splice(c, m[0]+1, m[1]-1, "'")
		return out, at, c, true
	}},
	{Kind: "double hyphen", Rule: "dash", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := pick(betweenWords, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := splice(src, m[0]+1, m[0]+2, " -- ")
		return out, at, "", true
	}},
	{Kind: "spaced hyphen in typeset copy", Rule: "dash", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		c := curl(src)
		if !strings.ContainsAny(c, "’“") {
			return "", [2]int{}, "", false
		}
		m, ok := pick(betweenWords, c, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := splice(c, m[0]+1, m[0]+2, " - ")
		return out, at, "", true
	}},
	{Kind: "spaced en dash among em dashes", Rule: "dash", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		if len(spacedHyphenRe.FindAllString(src, 3)) < 3 {
			return "", [2]int{}, "", false
		}
		c := strings.ReplaceAll(src, " - ", " — ")
		m, ok := pick(regexp.MustCompile(`[a-z] — [a-z]`), c, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := splice(c, m[0]+1, m[1]-1, " – ")
		return out, at, c, true
	}},
	{Kind: "double space", Rule: "spacing", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := pick(betweenWords, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := splice(src, m[0]+1, m[0]+2, "  ")
		return out, at, src, true
	}, NotHTML: true},
	{Kind: "space before comma", Rule: "spacing", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := pick(wordComma, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		out, at := splice(src, m[0]+1, m[0]+1, " ")
		return out, at, src, true
	}},
	{Kind: "repeated word", Rule: "repeated-word", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := pick(plainWord, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		w := src[m[0]+1 : m[1]-1]
		if meantTwice[w] {
			return "", [2]int{}, "", false
		}
		out, _ := splice(src, m[1]-1, m[1]-1, " "+w)
		restored := ""
		if function[w] {
			restored = src
		}
		return out, [2]int{m[0] + 1, m[1] + len(w)}, restored, true
	}},
}
