package config_test

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/config"
)

// TestSetOption: a setting made as the command line does wins over the
// file's, in the base settings and in every override; a key the rule does
// not have, a value of the wrong type and an unknown rule are errors.
func TestSetOption(t *testing.T) {
	p := writeConfig(t, "rules:\n  test-rule:\n    min_words: 5\noverrides:\n  - files: [\"wire/**\"]\n    rules:\n      test-rule:\n        min_words: 6\n")
	cfg, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.SetOption("test-rule", "min_words", 9); err != nil {
		t.Fatal(err)
	}
	all := []*rules.Rule{testRule}
	rcs, err := cfg.Resolve(all)
	if err != nil {
		t.Fatal(err)
	}
	ovs, err := cfg.ResolveOverrides(all)
	if err != nil {
		t.Fatal(err)
	}
	if got := rcs[0].Options.(*testOptions).MinWords; got != 9 {
		t.Errorf("base min_words = %d, want 9", got)
	}
	if got := ovs[0].Rules["test-rule"].Options.(*testOptions).MinWords; got != 9 {
		t.Errorf("override min_words = %d, want 9", got)
	}

	for _, c := range []struct {
		rule, key string
		value     any
		want      string
	}{
		{"test-rule", "no_such_key", true, "no_such_key"},
		{"test-rule", "min_words", "many", "min_words"},
		{"test-rule", "min_words", 0, "must be at least 1"},
		{"test-rul", "min_words", 4, `unknown rule "test-rul"`},
	} {
		cfg, err := config.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := cfg.SetOption(c.rule, c.key, c.value); err != nil {
			t.Fatal(err)
		}
		_, err = cfg.Resolve(all)
		t.Log(err)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("SetOption(%s, %s, %v): Resolve error %v, want one saying %q", c.rule, c.key, c.value, err, c.want)
		}
	}
}
