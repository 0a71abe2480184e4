package typography

import (
	"os"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/chars"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// hygiene is every typography and character rule, run together as the CLI
// would run them.
var hygiene = append(append([]*rules.Rule{}, all...),
	chars.InvisibleCharacter, chars.MixedScript, chars.Mojibake, chars.UnicodeNormalization)

// TestExample: of the example article's defects, these rules own the spaced
// hyphen of the dateline (2:24) and the straight apostrophe of "Baghdad's"
// among curly ones (line 11 and its copy, line 20), and find nothing else.
func TestExample(t *testing.T) {
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	fs, art := ruletest.Check(t, hygiene[0], "example.txt", src, ruletest.Options{Extra: hygiene[1:]})
	want := []struct {
		rule      string
		line, col int
	}{{"dash", 2, 24}, {"apostrophe-style", 11, 133}, {"apostrophe-style", 20, 133}}
	if len(fs) != len(want) {
		t.Fatalf("want %d findings, got:\n%s", len(want), ruletest.Format(fs, art))
	}
	for i, w := range want {
		pos := art.Lines.Position(fs[i].Span.Start)
		if fs[i].Rule != w.rule || pos.Line != w.line || pos.Column != w.col {
			t.Errorf("finding %d: %s at %d:%d, want %s at %d:%d", i, fs[i].Rule, pos.Line, pos.Column, w.rule, w.line, w.col)
		}
	}
	// The apostrophes are fixed safely; the dash waits for the house dash.
	fixed, err := rules.Apply(src, rules.SafeEdits(fs, false))
	if err != nil {
		t.Fatal(err)
	}
	again, art2 := ruletest.Check(t, hygiene[0], "example.txt", fixed, ruletest.Options{Extra: hygiene[1:]})
	if len(again) != 1 || again[0].Rule != "dash" {
		t.Errorf("after the safe fixes, want the dash alone:\n%s", ruletest.Format(again, art2))
	}
	house := &DashOptions{Dash: "spaced-em"}
	fs, _ = ruletest.Check(t, Dash, "example.txt", fixed, ruletest.Options{Options: house})
	if len(fs) != 1 || !fs[0].Fixes[0].Safe {
		t.Fatalf("with a house dash the fix should be safe: %+v", fs)
	}
	if fixed, _ = rules.Apply(fixed, rules.SafeEdits(fs, false)); string(fixed[:90]) == string(src[:90]) {
		t.Errorf("dash not fixed")
	}
}
