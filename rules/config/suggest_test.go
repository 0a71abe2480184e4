package config_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules/all"
	"github.com/copydesk/copydesk/rules/config"
)

// TestSuggestRule: an unknown rule ID is met with the rules it may mean, and
// with nothing when none is close.
func TestSuggestRule(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"duplicate", "; did you mean duplicate-block?"},
		{"dupe", "; did you mean duplicate-block?"},
		{"dahs", "; did you mean dash?"},
		{"tyop", "; did you mean typo?"},
		{"Typo", "; did you mean typo?"},
		{"name-speling", "; did you mean name-spelling?"},
		{"quote", "; did you mean misquote or scare-quote or unattributed-quote or unbalanced-quote?"},
		{"grammar", ""},
		{"x", ""},
	} {
		if got := config.SuggestRule(all.List(), tc.id); got != tc.want {
			t.Errorf("SuggestRule(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}
