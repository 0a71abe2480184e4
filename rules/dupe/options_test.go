package dupe_test

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/dupe"
	"github.com/copydesk/copydesk/rules/engine"
)

// TestOptionsAtRunTime: options made in code, not loaded from a config
// (which validates them), are still checked when the rule runs.
func TestOptionsAtRunTime(t *testing.T) {
	for _, tt := range []struct {
		opts *dupe.Options
		want string
	}{
		{&dupe.Options{MinWords: 8, Similarity: 7}, "rule duplicate-block: similarity must be in (0, 1], not 7"},
		{&dupe.Options{MinWords: 0, Similarity: 0.8}, "rule duplicate-block: min_words must be at least 1, not 0"},
	} {
		e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: dupe.Rule, Enabled: true, Severity: rules.Warning, Options: tt.opts}}}
		in := engine.Input{Path: "a.txt", Read: func() ([]byte, error) { return []byte("a\n\na\n"), nil }}
		if _, err := e.Run([]engine.Input{in}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: error %v, want %q", tt.opts, err, tt.want)
		}
	}
}
