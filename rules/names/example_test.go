package names

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// The project's example article has one name matter: al-Sudani, later
// Sudani (lines 6 and 15), a house-style question reported at info level.
func TestExampleArticle(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example.txt"))
	if err != nil {
		t.Fatal(err) // the repository ships it: its absence is a fault
	}
	fs, art := ruletest.Check(t, Rule, "example.txt", src, ruletest.Options{})
	got := ruletest.Format(fs, art)
	if len(fs) != 2 {
		t.Fatalf("want 2 findings (lines 6 and 15), got %d:\n%s", len(fs), got)
	}
	for i, line := range []int{6, 15} {
		f := fs[i]
		pos := art.Lines.Position(f.Span.Start)
		if pos.Line != line || string(src[f.Span.Start:f.Span.End]) != "Sudani" || f.Severity != rules.Info {
			t.Errorf("finding %d: want info on \"Sudani\" at line %d, got:\n%s", i, line, got)
		}
	}
	ruletest.Golden(t, filepath.Join("testdata", "example.golden"), got)
}
