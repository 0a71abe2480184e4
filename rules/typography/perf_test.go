package typography

import (
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestLongInputs guards against work that grows faster than the text: long
// runs of what the rules look for must take time in proportion.
func TestLongInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("timing skipped in -short mode")
	}
	long := []string{
		"🏴" + strings.Repeat("\U000E0067", 10000), // a flag's tags
		strings.Repeat("Ã©", 10000), strings.Repeat("e\u0301", 10000),
		strings.Repeat("a ", 10000), strings.Repeat("the ", 10000), strings.Repeat("- ", 10000),
		strings.Repeat("\u200B", 10000), strings.Repeat("x\u200Dy", 10000),
		strings.Repeat("'\"", 10000), strings.Repeat(" .", 10000),
	}
	for _, s := range long {
		for _, name := range []string{"a.txt", "a.md", "a.html"} {
			start := time.Now()
			ruletest.Check(t, hygiene[0], name, []byte(s), ruletest.Options{Extra: hygiene[1:]})
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("%s %q…: %v", name, s[:8], d)
			}
		}
	}
}
