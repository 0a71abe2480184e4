package typography

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// TestConfig: the house styles are read from the configuration file, and a
// value the rule does not know is an error, not a silent default.
func TestConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".copydesk.yml")
	body := "rules:\n  apostrophe-style:\n    style: curly\n  dash:\n    dash: spaced-en\n    severity: error\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	rcs, err := cfg.Resolve(all)
	if err != nil {
		t.Fatal(err)
	}
	for _, rc := range rcs {
		switch o := rc.Options.(type) {
		case *ApostropheOptions:
			if o.Style != "curly" {
				t.Errorf("style = %q", o.Style)
			}
		case *DashOptions:
			if o.Dash != "spaced-en" || rc.Severity != rules.Error {
				t.Errorf("dash = %q, severity %v", o.Dash, rc.Severity)
			}
		}
	}
	e := &engine.Engine{Rules: []engine.RuleConfig{{Rule: Dash, Enabled: true, Severity: rules.Warning, Options: &DashOptions{Dash: "long"}}}}
	in := engine.Input{Path: "a.txt", Read: func() ([]byte, error) { return []byte("a - b"), nil }}
	if _, err := e.Run([]engine.Input{in}); err == nil {
		t.Error("an unknown house dash should be an error")
	}
}
