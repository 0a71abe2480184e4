package chars

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// MixedScript is the mixed-script rule.
var MixedScript = &rules.Rule{
	ID:       "mixed-script",
	Summary:  mixedSummary,
	Doc:      mixedDoc,
	Severity: rules.Warning,
	Scope:    rules.ArticleScope,
	Default:  true,
	Run:      runMixed,
}

// script is one of the alphabets whose letters are confused with each
// other. Mixing any other script with Latin (Tシャツ, K-pop in Hangul) is
// how those languages are written, and is not checked.
type script int

const (
	none script = iota
	latin
	cyrillic
	greek
)

var scriptNames = [...]string{"", "Latin", "Cyrillic", "Greek"}

func scriptOf(r rune) script {
	switch {
	case r < 0x80 || unicode.Is(unicode.Latin, r):
		if unicode.IsLetter(r) {
			return latin
		}
	case unicode.Is(unicode.Cyrillic, r):
		return cyrillic
	case unicode.Is(unicode.Greek, r):
		return greek
	}
	return none
}

func runMixed(pass *rules.Pass) error {
	for _, p := range pass.Article.Paragraphs {
		if p.Chars.Has(article.AllASCII) {
			continue // its words are cut from its text
		}
		for _, w := range p.Words {
			if isASCII(w.Text) {
				continue // Latin letters at most: the word of nearly every check
			}
			if main, ok := mixed(w.Text); ok {
				reportMixed(pass, p, w, main)
			}
		}
	}
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mixed reports whether a word mixes Latin, Cyrillic and Greek letters, and
// which of them most of its letters are in. A word wholly in one script,
// such as a name written in Cyrillic, is not mixed.
func mixed(word string) (script, bool) {
	var count [4]int
	for _, r := range word {
		count[scriptOf(r)]++
	}
	main, scripts := none, 0
	for s := latin; s <= greek; s++ {
		if count[s] > 0 {
			scripts++
			if main == none || count[s] > count[main] { // a tie goes to Latin, then Cyrillic
				main = s
			}
		}
	}
	return main, scripts > 1
}

// reportMixed reports a mixed word. Where every letter from outside the
// word's main script has a look-alike in it, the word was meant in the main
// script and the fix is certain; otherwise ("λ-calculus") nothing is
// reported, as a reader sees the difference.
func reportMixed(pass *rules.Pass, p *article.Paragraph, w article.Word, main script) {
	var fixed strings.Builder
	var strays []string
	for _, r := range w.Text {
		s := scriptOf(r)
		if s == none || s == main {
			fixed.WriteRune(r)
			continue
		}
		alike, ok := lookAlike(r, main)
		if !ok {
			return
		}
		fixed.WriteRune(alike)
		strays = append(strays, fmt.Sprintf("%s %q (U+%04X)", scriptNames[s], r, r))
	}
	pass.Report(rules.Finding{
		Span: w.Span,
		Message: fmt.Sprintf("%q mixes scripts: %s among %s letters looks the same but breaks search and spelling; use %q",
			w.Text, strings.Join(strays, ", "), scriptNames[main], fixed.String()),
		Fixes: []rules.Fix{rules.ReplaceText(pass.Article.Source, p, w.Start, w.End, fixed.String(), "write it in "+scriptNames[main]+" letters", true)},
		Key:   w.Text,
	})
}
