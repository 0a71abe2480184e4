package engine

import (
	"path/filepath"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/copydesk/copydesk/internal/worktree"
	"github.com/copydesk/copydesk/rules"
)

// RuleConfig is one rule as configured: whether it runs, at what severity, with which options.
type RuleConfig struct {
	Rule     *rules.Rule
	Enabled  bool
	Severity rules.Severity
	// SeverityFixed is true when the configuration set the severity, which
	// then overrides any grading by the rule.
	SeverityFixed bool
	Options       rules.Options
}

// Override is a resolved OverrideConfig: the rules it sets, by ID.
type Override struct {
	Files []string
	Dir   string
	Rules map[string]RuleConfig
}

// Matches reports whether the override applies to a file path.
func (o *Override) Matches(path string) bool {
	rel := filepath.ToSlash(worktree.Rel(o.Dir, path))
	for _, g := range o.Files {
		if m, _ := doublestar.Match(g, rel); m {
			return true
		}
	}
	return false
}
