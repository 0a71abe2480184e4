package quotes_test

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/quotes"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// FuzzQuotes: on any input, as plain text, Markdown or HTML, every finding
// and fix of the three quote rules (run together, as they are by default
// plus scare-quote) is valid, and their safe fixes apply to a file the
// reader still reads (ruletest.CheckFuzz).
//
//	go test ./rules/quotes -run '^$' -fuzz FuzzQuotes -fuzztime 60s
func FuzzQuotes(f *testing.F) {
	ruletest.AddFuzzSeeds(f, "../../testdata/example.txt")
	f.Add([]byte("\"Open and never closed.\n\nHe said: 'it is \"nested\" here'. ”Backwards“"), uint8(0))
	f.Add([]byte("<blockquote><p>“One</p><p>“Two,” she told the BBC.</p></blockquote>"), uint8(2))
	f.Add([]byte("> “A quote\n>\n> goes on,” according to Mr Jones.\n"), uint8(1))
	f.Fuzz(func(t *testing.T, src []byte, kind uint8) {
		res := ruletest.CheckFuzz(t, quotes.Unattributed, map[string][]byte{ruletest.FuzzName(kind): src},
			ruletest.Options{Language: "en-GB", Extra: []*rules.Rule{quotes.Unbalanced, quotes.Scare}})
		for _, f := range res.Findings {
			marked(t, f, src, kind)
		}
	})
}

// marked: an unbalanced mark's span is the mark and nothing else (in HTML
// or Markdown it may be written as an entity, or escaped); a scare quote's
// starts with one. (An unattributed quotation may be a blockquote.)
func marked(t *testing.T, f rules.Finding, src []byte, kind uint8) {
	t.Helper()
	if f.Rule == quotes.Unattributed.ID {
		return
	}
	text := string(src[f.Span.Start:f.Span.End])
	if ruletest.FuzzName(kind) != "f.txt" { // Markdown reads entities and escapes too
		text = html.UnescapeString(strings.TrimPrefix(text, `\`))
	}
	first, _ := utf8.DecodeRuneInString(text)
	if !strings.ContainsRune(`“”„‘’"'`, first) || f.Rule == quotes.Unbalanced.ID && text != "''" && utf8.RuneCountInString(text) != 1 {
		t.Errorf("%s at %d:%d of %q flags %q, not at a quote mark", f.Rule, f.Span.Start, f.Span.End, src, text)
	}
}
