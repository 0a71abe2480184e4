package typography

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// RepeatedWord is the repeated-word rule.
var RepeatedWord = &rules.Rule{
	ID:       "repeated-word",
	Summary:  repeatedSummary,
	Doc:      repeatedDoc,
	Severity: rules.Warning,
	Scope:    rules.ArticleScope,
	Default:  true,
	Run:      runRepeated,
}

// meantTwice are words English doubles on purpose: "what it is is", "he had
// had enough", "that that", "bye bye", "knock knock".
var meantTwice = set("had", "that", "is", "bye", "no", "ha", "blah", "knock", "tut", "yeah",
	"oh", "ho", "hip", "pom", "chop", "la", "boo", "dum", "well", "very", "really", "so", "far", "now", "there", "etc")

// function words: doubling one is always a slip, so deleting the copy is
// safe. A doubled content word ("a long, long way" aside) may be emphasis.
// Not "in" or "on": "came in in 1979", "counting on on Tuesday".
var function = set("a", "an", "the", "of", "to", "at", "for", "from", "with",
	"and", "or", "but", "as", "it", "its", "he", "she", "they", "we", "you", "his", "her",
	"their", "our", "was", "were", "are", "be", "been", "has", "have", "will", "would",
	"not", "which", "who", "if", "than", "into", "about", "said") // not "this": "add to this this law"

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func runRepeated(pass *rules.Pass) error {
	for _, p := range pass.Article.Paragraphs {
		for i := 1; i < len(p.Words); i++ {
			if a, b := p.Words[i-1], p.Words[i]; repeats(p.Text, a, b) {
				reportRepeat(pass, p, a, b)
			}
		}
	}
	return nil
}

// repeats: b is a, again, with nothing but spaces (or a line break) between.
func repeats(t string, a, b article.Word) bool {
	if a.Shape&b.Shape&article.ASCII != 0 {
		if a.Fold != b.Fold {
			return false // ASCII words equal but for case fold alike: the no for nearly every pair
		}
	} else if differInFirstByte(a.Text, b.Text) {
		return false // a quick no
	}
	if !strings.EqualFold(a.Text, b.Text) || strings.TrimSpace(t[a.End:b.Start]) != "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(a.Text)
	second, _ := utf8.DecodeRuneInString(b.Text)
	lower := strings.ToLower(a.Text)
	switch {
	case !unicode.IsLetter(first):
		return false // 10 10, figures in a table
	case unicode.IsUpper(second):
		return false // Duran Duran, "law lord Lord Bingham"; but "The the" is a slip
	case utf8.RuneCountInString(a.Text) == 1 && lower != "a":
		return false // initials, list letters
	}
	return !meantTwice[lower]
}

// differInFirstByte reports whether two words begin with ASCII bytes that
// differ even ignoring case, so that they cannot be equal under EqualFold.
func differInFirstByte(a, b string) bool {
	if a == "" || b == "" || a[0] >= utf8.RuneSelf || b[0] >= utf8.RuneSelf {
		return false
	}
	return a[0]|0x20 != b[0]|0x20 // 0x20 is the case bit of ASCII letters
}

func reportRepeat(pass *rules.Pass, p *article.Paragraph, a, b article.Word) {
	f := rules.Finding{
		Span:    p.SourceSpan(a.Start, b.End),
		Message: fmt.Sprintf("%q is repeated; delete one", b.Text),
		Fixes: []rules.Fix{rules.ReplaceText(pass.Article.Source, p, a.End, b.End, "",
			fmt.Sprintf("delete the second %q", b.Text), function[strings.ToLower(b.Text)])},
		Key: strings.ToLower(a.Text + " " + b.Text),
	}
	pass.Report(f)
}
