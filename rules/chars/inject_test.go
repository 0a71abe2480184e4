package chars

import (
	"math/rand/v2"
	"regexp"
	"strings"

	"github.com/copydesk/copydesk/rules/ruletest"
)

var (
	innerLetters    = regexp.MustCompile(`[a-z]{3}[a-z]`)
	innerApostrophe = regexp.MustCompile(`[a-z]'[a-z]`)
	lookAlikeLetter = regexp.MustCompile(`[a-z][aeopcx][a-z]`)
	vowel           = regexp.MustCompile(`[a-z][aeiou][a-z]`)
	pound           = regexp.MustCompile(`£`)
	paragraphBreak  = regexp.MustCompile(`\n\n[A-Z]`)
	spacedHyphen    = regexp.MustCompile(`[a-z] - [a-z]`)
	capitalO        = regexp.MustCompile(`[A-Z]O|O[A-Z]`)
)

// insertAt returns an injector putting s at offset off of re's match.
func insertAt(re *regexp.Regexp, off int, s string) func(string, *rand.Rand) (string, [2]int, string, bool) {
	return func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(re, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		i := m[0] + off
		return src[:i] + s + src[i:], [2]int{i, i + len(s)}, src, true
	}
}

// replaceAt returns an injector replacing re's match from off on, n bytes,
// with s; restored is the original when restore is set.
func replaceAt(re *regexp.Regexp, off, n int, s string, restore bool) func(string, *rand.Rand) (string, [2]int, string, bool) {
	return func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(re, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		i := m[0] + off
		restored := ""
		if restore {
			restored = src
		}
		return src[:i] + s + src[i+n:], [2]int{i, i + len(s)}, restored, true
	}
}

var toCyrillic = map[byte]string{'a': "а", 'e': "е", 'o': "о", 'p': "р", 'c': "с", 'x': "х"}

var damages = []ruletest.Damage{
	{Kind: "zero-width space in a word", Rule: "invisible-character", Inject: insertAt(innerLetters, 2, "\u200B")},
	{Kind: "soft hyphen in a word", Rule: "invisible-character", Inject: insertAt(innerLetters, 2, "\u00AD")},
	{Kind: "zero-width joiner in a word", Rule: "invisible-character", Inject: insertAt(innerLetters, 1, "\u200D")},
	{Kind: "right-to-left override", Rule: "invisible-character", Inject: insertAt(innerLetters, 0, "\u202E")},
	{Kind: "BOM at a pasted paragraph", Rule: "invisible-character", Inject: insertAt(paragraphBreak, 2, "\uFEFF")},
	{Kind: "control character (BEL)", Rule: "invisible-character", Inject: insertAt(innerLetters, 2, "\a")},
	{Kind: "Cyrillic look-alike letter", Rule: "mixed-script", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(lookAlikeLetter, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		i := m[0] + 1
		c := toCyrillic[src[i]]
		return src[:i] + c + src[i+1:], [2]int{i, i + len(c)}, src, true
	}},
	{Kind: "Greek capital omicron in an acronym", Rule: "mixed-script", Inject: func(src string, rng *rand.Rand) (string, [2]int, string, bool) {
		m, ok := ruletest.Pick(capitalO, src, rng)
		if !ok {
			return "", [2]int{}, "", false
		}
		i := strings.Index(src[m[0]:m[1]], "O") + m[0]
		return src[:i] + "Ο" + src[i+1:], [2]int{i, i + len("Ο")}, src, true
	}},
	{Kind: "â€™ for an apostrophe", Rule: "mojibake", Inject: replaceAt(innerApostrophe, 1, 1, "â€™", false)},
	{Kind: "Â£ for £", Rule: "mojibake", Inject: replaceAt(pound, 0, 2, "Â£", true)},
	{Kind: "‚Äô for an apostrophe (Mac Roman)", Rule: "mojibake", Inject: replaceAt(innerApostrophe, 1, 1, "‚Äô", false)},
	{Kind: "â€” for a dash", Rule: "mojibake", Inject: replaceAt(spacedHyphen, 1, 3, " â€” ", false)},
	{Kind: "Ã© for é (garbled twice)", Rule: "mojibake", Inject: replaceAt(vowel, 1, 1, "ÃƒÂ©", false)},
	{Kind: "C1 control for an apostrophe", Rule: "mojibake", Inject: replaceAt(innerApostrophe, 1, 1, "\u0092", false)},
	{Kind: "decomposed accent (NFD)", Rule: "unicode-normalization", Inject: replaceAt(vowel, 1, 1, "e\u0301", false)},
}
