package chars

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestGolden runs the four character rules together on every article in testdata and
// compares the findings with its .golden file (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") || strings.HasSuffix(f, ".list") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fs, art := ruletest.Check(t, all[0], filepath.Base(f), src, ruletest.Options{Extra: all[1:]})
			ruletest.Golden(t, f+".golden", ruletest.Format(fs, art))
		})
	}
}
