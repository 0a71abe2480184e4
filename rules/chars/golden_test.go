package chars

import (
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestGolden runs the four character rules together on every article in testdata and
// compares the findings with its .golden file (go test -update rewrites them).
func TestGolden(t *testing.T) {
	ruletest.GoldenDir(t, all, "testdata")
}
