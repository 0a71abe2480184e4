package quotes

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestExample checks the article the project started from: only the
// “discuss the threat of ISIS …” quotation and its pasted copy are flagged.
func TestExample(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got string
	for _, r := range []*rules.Rule{Unattributed, Unbalanced} {
		fs, a := ruletest.Check(t, r, "example.txt", src, ruletest.Options{})
		got += ruletest.Format(fs, a)
	}
	ruletest.Golden(t, filepath.Join("testdata", "example.golden"), got)
}
