package typo

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestHouseSpellingNames: a capitalised word in the other variety's
// spelling gets a safe fix only when nothing says it may be a name; a name
// is offered the house spelling for review, never changed by fix (under
// en-US, "Labour" turned into "Labor" and name-spelling turned it back).
func TestHouseSpellingNames(t *testing.T) {
	names := &rules.Shared{Names: []rules.NameEntry{{Preferred: "Labour Party"}}}
	cases := []struct {
		text, word string
		shared     *rules.Shared
		safe       bool
	}{
		{"The New Labour coalition met.\n\nLabour ministers said.\n", "Labour", nil, false},
		{"Labour Party members met on Monday.\n", "Labour", nil, false},
		{"Labour ministers said so.\n", "Labour", names, false},
		{"Labour ministers said so.\n", "Labour", nil, true},
		{"Colour television arrived. The colour was red.\n", "Colour", nil, true},
		{"Colour television arrived. The colour was red.\n", "colour", nil, true},
		// capitalised after an opening quotation mark is no sign of a name
		{"Colour matters. He said: \"Colour is all.\"\n", "Colour", nil, true},
	}
	for _, c := range cases {
		fs, _ := ruletest.Check(t, Rule, "a.txt", []byte(c.text), ruletest.Options{Language: "en-US", Shared: c.shared})
		found := false
		for _, f := range fs {
			if !strings.HasPrefix(f.Message, `"`+c.word+`" is not the house spelling`) {
				continue
			}
			found = true
			if len(f.Fixes) == 0 || f.Fixes[0].Safe != c.safe {
				t.Errorf("%q: %q: fixes %+v, want one with safe=%v", c.text, c.word, f.Fixes, c.safe)
			}
		}
		if !found {
			t.Errorf("%q: %q not reported as a house spelling:\n%v", c.text, c.word, fs)
		}
	}
}
