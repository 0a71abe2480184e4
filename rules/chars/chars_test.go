package chars

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// unitCase is one input for one rule: how many findings it should give, and
// how many of them carry a safe fix.
type unitCase struct {
	name string
	rule *rules.Rule
	file string
	src  string
	want int
	safe int
}

var unitCases = []unitCase{
	// invisible-character
	{"zero-width space", InvisibleCharacter, "a.txt", "Kuri\u200Blla met al-Sudani.", 1, 1},
	{"soft hyphen", InvisibleCharacter, "a.txt", "The com\u00ADmission met.", 1, 1},
	{"BOM at the start is a signature", InvisibleCharacter, "a.txt", "\uFEFFThe commission met.", 0, 0},
	{"BOM inside the text", InvisibleCharacter, "a.txt", "The commission met.\n\uFEFFIt agreed.", 1, 1},
	{"stray controls", InvisibleCharacter, "a.txt", "The\a commission\x00 met.", 2, 2},
	{"lone carriage return", InvisibleCharacter, "a.txt", "The commission\rmet.", 1, 1},
	{"crlf line endings are fine", InvisibleCharacter, "a.txt", "The commission met.\r\nIt agreed.\r\n", 0, 0},
	{"bidi override in Latin text", InvisibleCharacter, "a.txt", "Access \u202Eresu\u202C granted.", 2, 2},
	{"bidi mark in Hebrew text", InvisibleCharacter, "a.txt", "He said \u200Fשלום\u200F today.", 2, 0},
	{"emoji sequences", InvisibleCharacter, "a.txt", "Coders 👩\u200D💻 and the flag 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F here.", 0, 0},
	{"Persian non-joiner", InvisibleCharacter, "a.txt", "The word می\u200Cخواهم is Persian.", 0, 0},
	{"markdown code block", InvisibleCharacter, "a.md", "Prose.\n\n```\ncode\u200B here\n```\n", 0, 0},
	{"html entity is reported, not fixed safely", InvisibleCharacter, "a.html", "<p>The com&shy;mission met.</p>\n", 1, 0},
	{"html attribute", InvisibleCharacter, "a.html", "<p title=\"a\u200Bb\">The commission met.</p>\n", 0, 0},
	// mixed-script
	{"Cyrillic e in Kiev", MixedScript, "a.txt", "Troops left Kiеv on Tuesday.", 1, 1},
	{"Latin a in a Cyrillic word", MixedScript, "a.txt", "Москвa is the capital.", 1, 1},
	{"names in their own script", MixedScript, "a.txt", "Путин (Putin) met Τσίπρας in Αθήνα.", 0, 0},
	{"mixed on purpose", MixedScript, "a.txt", "The λ-calculus, β-blockers, α-particles and 5 μm.", 0, 0},
	{"accented Latin", MixedScript, "a.txt", "Łódź, Zoë and São Paulo.", 0, 0},
	{"Greek omicron", MixedScript, "a.md", "# Nοkia results\n", 1, 1},
	{"with figures and hyphens", MixedScript, "a.txt", "The CΟX-2 drug, 24-hоur news, ΟD2.", 3, 3},
	// mojibake
	{"garbled apostrophe", Mojibake, "a.txt", "Baghdadâ€™s anger.", 1, 1},
	{"garbled accent and pound", Mojibake, "a.txt", "CafÃ© prices rose to Â£5.", 2, 2},
	{"garbled twice", Mojibake, "a.txt", "Baghdad anger and itÃ¢â‚¬â„¢s over.", 1, 1},
	{"garbled, then decomposed", Mojibake, "a.txt", "An impressive re\u0301sumA\u0303\u00a9 indeed.", 1, 1},
	{"garbled twice, through Latin-1", Mojibake, "a.txt", "President FranA\u0303\u0083A\u0302\u00a7ois Hollande.", 1, 1},
	{"Mac Roman", Mojibake, "a.txt", "Baghdad‚Äôs anger.", 1, 1},
	{"Mac Roman look-alikes in real words", Mojibake, "a.txt", "A word—épée, Ä, ö.", 0, 0},
	{"real words", Mojibake, "a.txt", "São Paulo, à la carte, Ångström, Ça va, Â la.", 0, 0},
	{"C1 control", Mojibake, "a.txt", "Baghdad\u0092s anger.", 1, 1},
	{"C1 control undefined in Windows-1252", Mojibake, "a.txt", "Baghdad\u0081s anger.", 1, 0},
	{"replacement character", Mojibake, "a.txt", "Baghdad\uFFFDs anger.", 1, 0},
	{"invalid byte", Mojibake, "a.txt", "It cost \xA35m.", 1, 0},
	{"invalid byte outside prose", Mojibake, "a.md", "Prose.\n\n```\n\xA3\n```\n", 1, 0},
	// unicode-normalization
	{"NFD word", UnicodeNormalization, "a.txt", "Cafe\u0301 owners in Montre\u0301al and A\u030Angstro\u0308m.", 3, 3},
	{"NFC text", UnicodeNormalization, "a.txt", "Café owners in Montréal.", 0, 0},
	{"garbled, not decomposed", UnicodeNormalization, "a.txt", "An impressive resumA\u0303\u00a9.", 0, 0},
	{"no composed form", UnicodeNormalization, "a.txt", "The letter q\u0303 stays.", 0, 0},
	{"singleton", UnicodeNormalization, "a.txt", "One \u212B is small.", 0, 0},
	{"emoji", UnicodeNormalization, "a.txt", "Flags 🇬🇧 and 👍🏽 are fine.", 0, 0},
	{"html", UnicodeNormalization, "a.html", "<p>Cafe\u0301 <b>owners</b>.</p>\n", 1, 1},
	{"crlf markdown", UnicodeNormalization, "a.md", "Cafe\u0301\r\nowners.\r\n", 1, 1},
}

func TestUnit(t *testing.T) {
	for _, tc := range unitCases {
		t.Run(tc.rule.ID+"/"+tc.name, func(t *testing.T) {
			fs, art := ruletest.Check(t, tc.rule, tc.file, []byte(tc.src), ruletest.Options{})
			safe := 0
			for _, f := range fs {
				if len(f.Fixes) > 0 && f.Fixes[0].Safe {
					safe++
				}
			}
			if len(fs) != tc.want || safe != tc.safe {
				t.Fatalf("want %d findings (%d safe), got %d (%d safe):\n%s", tc.want, tc.safe, len(fs), safe, ruletest.Format(fs, art))
			}
			if safe == 0 {
				return
			}
			fixed, err := rules.Apply([]byte(tc.src), rules.SafeEdits(fs, false))
			if err != nil {
				t.Fatal(err)
			}
			if again, art2 := ruletest.Check(t, tc.rule, tc.file, fixed, ruletest.Options{}); len(again) != len(fs)-safe {
				t.Errorf("after the safe fixes %q still has:\n%s", fixed, ruletest.Format(again, art2))
			}
		})
	}
}
