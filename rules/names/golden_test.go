package names

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestGolden runs the rule on each testdata input (plain text with CRLF,
// NFD and curly quotes; Markdown with emphasis, links and quotes) and
// compares with the .golden file beside it; -update rewrites them.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "stress.*"))
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden") {
			continue
		}
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			fs, art := ruletest.Check(t, Rule, filepath.Base(in), src, ruletest.Options{})
			ruletest.Golden(t, in+".golden", ruletest.Format(fs, art))
		})
	}
}
