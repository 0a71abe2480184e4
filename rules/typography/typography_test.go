package typography

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
	opts rules.Options
}

var unitCases = []unitCase{
	// apostrophe-style
	{"straight among curly", ApostropheStyle, "a.txt", "The army’s plan and the city’s mood met Baghdad's anger.", 1, 1, nil},
	{"curly among straight", ApostropheStyle, "a.txt", "The army's plan and the city's mood met Baghdad’s anger.", 1, 1, nil},
	{"all curly", ApostropheStyle, "a.txt", "“It’s over,” she said of the army’s plan.", 0, 0, nil},
	{"all straight", ApostropheStyle, "a.txt", `"It's over," she said of the army's plan.`, 0, 0, nil},
	{"straight quotes among curly", ApostropheStyle, "a.txt", "“It’s over,” she said. He said \"no\" and the city’s mood fell.", 2, 2, nil},
	{"primes are not quotes", ApostropheStyle, "a.txt", "The 6'2\" striker’s header, from a 5' run, won the team’s game.", 0, 0, nil},
	{"elision or quote is a guess", ApostropheStyle, "a.txt", "“Rock ’n’ roll,” she said, 'tis the season’s best.", 1, 0, nil},
	{"nineties", ApostropheStyle, "a.txt", "It’s the city’s best since the '90s.", 1, 1, nil},
	{"house straight", ApostropheStyle, "a.txt", "It’s over.", 1, 1, &ApostropheOptions{Style: "straight"}},
	{"tie is not safe", ApostropheStyle, "a.txt", "It’s Baghdad's.", 1, 0, nil},
	{"markdown code is not prose", ApostropheStyle, "a.md", "The army’s plan, the city’s mood: `don't` touch.\n", 0, 0, nil},
	{"html attribute is not prose", ApostropheStyle, "a.html", "<p title=\"it's\">The army’s plan, the city’s mood.</p>\n", 0, 0, nil},
	{"html entity counts but is not safe", ApostropheStyle, "a.html", "<p>The army’s plan, the city’s mood, Baghdad&#39;s anger.</p>\n", 1, 0, nil},
	{"backtick for an apostrophe", ApostropheStyle, "a.txt", "The army’s plan met Baghdad`s anger.", 1, 1, nil},
	{"acute for an apostrophe", ApostropheStyle, "a.txt", "It was Baghdad´s plan, the city's mood.", 1, 1, nil},
	{"acute with nothing to follow", ApostropheStyle, "a.txt", "It was Baghdad´s plan.", 1, 0, nil},
	{"crlf", ApostropheStyle, "a.txt", "The army’s plan.\r\nThe city’s mood.\r\nBaghdad's anger.\r\n", 1, 1, nil},
	// dash
	{"spaced hyphen in typeset copy", Dash, "a.txt", "ERBIL, Kurdistan Region - A joint “commission” met.", 1, 0, nil},
	{"spaced hyphen, house dash set", Dash, "a.txt", "ERBIL, Kurdistan Region - A joint “commission” met.", 1, 1, &DashOptions{Dash: "spaced-en"}},
	{"spaced hyphen in typewriter copy", Dash, "a.txt", "The firm - which lost money - said \"no\".", 0, 0, nil},
	{"double hyphen", Dash, "a.txt", "The firm - which lost money - said no -- again.", 1, 1, nil},
	{"minority dash style", Dash, "a.txt", "The firm—which lost money—said no – again.", 1, 1, nil},
	{"closed em dashes agree", Dash, "a.txt", "The firm—which lost money—said no.", 0, 0, nil},
	{"hyphens and ranges", Dash, "a.txt", "The al-Sudani plan for 1990–95, London–Paris, won 2 - 1, “so” -5.", 0, 0, nil},
	{"bullet line", Dash, "a.txt", "Points “made”:\n- first\n- second", 0, 0, nil},
	{"arrow and rule", Dash, "a.txt", "a --> b and a ---- c", 0, 0, nil},
	{"markdown code span", Dash, "a.md", "The “plan” uses `a - b` in code.\n", 0, 0, nil},
	{"lopsided em dash", Dash, "a.txt", "The firm—which lost money—said no —again.", 1, 1, nil},
	// spacing
	{"double space", Spacing, "a.txt", "The council  voted on Tuesday.", 1, 1, nil},
	{"space before comma and stop", Spacing, "a.txt", "Said Commerzbank . Then , later.", 2, 2, nil},
	{"ellipsis and decimals", Spacing, "a.txt", "Wait ... and . . . then .5 of .NET :) fine.", 0, 0, nil},
	{"two spaces after stops throughout", Spacing, "a.txt", "One.  Two.  Three.", 0, 0, nil},
	{"two spaces after one stop", Spacing, "a.txt", "One. Two. Three.  Four.", 1, 1, nil},
	{"html collapses spaces", Spacing, "a.html", "<p>The council   voted.</p>\n", 0, 0, nil},
	{"indented continuation", Spacing, "a.txt", "The council\n    voted.", 0, 0, nil},
	{"french", Spacing, "a.txt", "Quoi ? Il a dit : non !", 0, 0, nil},
	{"space after a stop before a stop", Spacing, "a.txt", "In the US. .", 0, 0, nil},
	{"markdown", Spacing, "a.md", "# The  title\n\nText , here.\n", 2, 2, nil},
	// repeated-word
	{"the the", RepeatedWord, "a.txt", "It was the the best.", 1, 1, nil},
	{"The the", RepeatedWord, "a.txt", "The the best.", 1, 1, nil},
	{"across a line break", RepeatedWord, "a.md", "It was the\nthe best.\n", 1, 1, nil},
	{"content word is not safe", RepeatedWord, "a.txt", "Putin's hostility hostility to them.", 1, 0, nil},
	{"meant twice", RepeatedWord, "a.txt", "He had had enough; what it is is clear; bye bye.", 0, 0, nil},
	{"names", RepeatedWord, "a.txt", "Duran Duran met law lord Lord Bingham.", 0, 0, nil},
	{"punctuation between", RepeatedWord, "a.txt", "No, no. Very. Very.", 0, 0, nil},
	{"figures", RepeatedWord, "a.txt", "Scores 10 10 and B B.", 0, 0, nil},
	{"html tag between", RepeatedWord, "a.html", "<p>It was <em>the</em> the best.</p>\n", 1, 1, nil},
	{"code between", RepeatedWord, "a.md", "Use the `the` rule.\n", 0, 0, nil},
}

func TestUnit(t *testing.T) {
	for _, tc := range unitCases {
		t.Run(tc.rule.ID+"/"+tc.name, func(t *testing.T) {
			o := ruletest.Options{Options: tc.opts}
			if tc.name == "french" {
				o.Language = "fr-FR"
			}
			fs, art := ruletest.Check(t, tc.rule, tc.file, []byte(tc.src), o)
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
			if again, art2 := ruletest.Check(t, tc.rule, tc.file, fixed, o); len(again) != len(fs)-safe {
				t.Errorf("after the safe fixes %q still has:\n%s", fixed, ruletest.Format(again, art2))
			}
		})
	}
}
