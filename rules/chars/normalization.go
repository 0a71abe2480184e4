package chars

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// UnicodeNormalization is the unicode-normalization rule.
var UnicodeNormalization = &rules.Rule{
	ID:       "unicode-normalization",
	Summary:  normSummary,
	Doc:      normDoc,
	Severity: rules.Warning,
	Scope:    rules.ArticleScope,
	Default:  true,
	Run:      runNorm,
}

func runNorm(pass *rules.Pass) error {
	for _, p := range pass.Article.Paragraphs {
		if p.Chars.Has(article.AllASCII) {
			continue // ASCII is NFC already
		}
		for _, s := range decomposed(p.Text) {
			reportNorm(pass, p, s[0], s[1])
		}
	}
	return nil
}

// decomposed returns the Text ranges that NFC would compose: a letter
// followed by combining marks ("e" + U+0301) or conjoining Hangul jamo.
// Neighbouring ranges within one word are joined, so "Montréal" in NFD is
// one finding. Singletons that NFC also changes (the Ångström sign U+212B)
// are not decomposed text and are left alone.
func decomposed(t string) [][2]int {
	var out [][2]int
	for i := 0; i < len(t); {
		q := norm.NFC.QuickSpanString(t[i:])
		if i+q >= len(t) {
			break
		}
		start := i + q
		end := start + norm.NFC.NextBoundaryInString(t[start:], true)
		seg := t[start:end]
		if utf8.RuneCountInString(seg) > 1 && norm.NFC.String(seg) != seg && !garbled(t[start:]) {
			if n := len(out); n > 0 && sameWord(t[out[n-1][1]:start]) {
				out[n-1][1] = end
			} else {
				out = append(out, [2]int{start, end})
			}
		}
		i = max(end, start+1)
	}
	return out
}

// garbled: the decomposed letter begins mojibake ("A" + U+0303 + "©" is
// "Ã©", itself "é"), which the mojibake rule reports and repairs whole.
func garbled(s string) bool {
	n, _, _ := misdecoded(s)
	return n > 0
}

// sameWord: the text between two ranges holds no space or punctuation.
func sameWord(between string) bool {
	for _, r := range between {
		if !isLetterOrMark(r) {
			return false
		}
	}
	return true
}

func reportNorm(pass *rules.Pass, p *article.Paragraph, start, end int) {
	seg := p.Text[start:end]
	nfc := norm.NFC.String(seg)
	pass.Report(rules.Finding{
		Span: p.SourceSpan(start, end),
		Message: fmt.Sprintf("%q is decomposed (NFD: letters and combining accents stored apart), which breaks search and sorting; use the composed form (NFC)",
			seg),
		Fixes: []rules.Fix{rules.ReplaceText(pass.Article.Source, p, start, end, nfc, "compose to NFC", true)},
		Key:   nfc,
	})
}
