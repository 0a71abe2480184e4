package typography

import (
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestGolden runs the four typography rules together on every article in testdata and
// compares the findings with its .golden file (go test -update rewrites them).
func TestGolden(t *testing.T) {
	ruletest.GoldenDir(t, all, "testdata")
}
