package quotes_test

import (
	"testing"

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
		ruletest.CheckFuzz(t, quotes.Unattributed, map[string][]byte{ruletest.FuzzName(kind): src},
			ruletest.Options{Language: "en-GB", Extra: []*rules.Rule{quotes.Unbalanced, quotes.Scare}})
	})
}
