package typography

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestConfig: the house styles are read from the configuration file, and a
// value the rule does not know is an error, not a silent default.
func TestConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".copydesk.yml")
	body := "rules:\n  apostrophe-style:\n    style: curly\n  dash:\n    dash: spaced-en\n    severity: error\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := rules.LoadConfig(p)
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
	e := &rules.Engine{Rules: []rules.RuleConfig{{Rule: Dash, Enabled: true, Severity: rules.Warning, Options: &DashOptions{Dash: "long"}}}}
	in := rules.Input{Path: "a.txt", Read: func() ([]byte, error) { return []byte("a - b"), nil }}
	if _, err := e.Run([]rules.Input{in}); err == nil {
		t.Error("an unknown house dash should be an error")
	}
}
