package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/all"
)

// TestSARIFRuleNames: every rule's SARIF name is PascalCase and differs
// from its ID even ignoring case (sarif-multitool SARIF1001), and no two
// rules share one.
func TestSARIFRuleNames(t *testing.T) {
	pascal := regexp.MustCompile(`^(?:[A-Z][a-z0-9]+)+$`)
	seen := map[string]string{}
	for _, r := range all.List() {
		n := ruleName(r.ID)
		if !pascal.MatchString(n) || strings.EqualFold(n, r.ID) {
			t.Errorf("%s: name %q is not a PascalCase name distinct from the ID", r.ID, n)
		}
		if other, ok := seen[n]; ok {
			t.Errorf("%s and %s share the name %q", other, r.ID, n)
		}
		seen[n] = r.ID
	}
	if got := ruleName("widow"); got != "WidowRule" {
		t.Errorf("a one-word ID not listed: %q, want WidowRule", got)
	}
}

// TestSARIFMessageLinks: each related place is linked from the message by
// its id (SARIF §3.11.6), inside the sentence; brackets in the text are
// escaped, and in link text backslashes too.
func TestSARIFMessageLinks(t *testing.T) {
	tests := []struct {
		f    rules.Finding
		want string
	}{
		{rules.Finding{Message: "no related place [sic]"}, `no related place \[sic\]`},
		{rules.Finding{Message: "This repeats line 3.", Related: []rules.Related{{Message: "first copy"}}},
			"This repeats line 3 ([first copy](1))."},
		{rules.Finding{Message: "spelled two ways", Related: []rules.Related{{Message: `a\b [1]`}, {}}},
			`spelled two ways ([a\\b \[1\]](1), [related place](2))`},
	}
	for _, tt := range tests {
		if got := sarifMessage(tt.f); got != tt.want {
			t.Errorf("sarifMessage(%q) = %q, want %q", tt.f.Message, got, tt.want)
		}
	}
}
