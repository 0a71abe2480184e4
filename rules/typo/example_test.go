package typo

import (
	"os"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// The example article: "instillations" on lines 8 and 17, nothing else.
func TestExampleArticle(t *testing.T) {
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	fs, a := ruletest.Check(t, Rule, "example.txt", src, ruletest.Options{})
	got := ruletest.Format(fs, a)
	ruletest.Golden(t, "testdata/example.golden", got)
}
