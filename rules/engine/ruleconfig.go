package engine

import (
	"os"
	"path/filepath"
	"strings"

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

// Override is a resolved OverrideConfig, or a nested config file: the
// rules it sets, by ID, and the language it sets ("" for none).
type Override struct {
	Files    []string // globs, relative to Dir
	Dir      string
	Language string
	Rules    map[string]RuleConfig
	// Source says where it was configured ("uk/.copydesk.yml",
	// ".copydesk.yml overrides[0]"), for `copydesk config`.
	Source string
}

// Matches reports whether the override applies to a file path: one of its
// globs matches the path relative to Dir. A file outside Dir never matches
// ("**" would match "../other.txt").
func (o *Override) Matches(path string) bool {
	wd, _ := os.Getwd()
	return o.matchesFrom(wd, path)
}

// matchesFrom is Matches with the working folder given (see
// worktree.RelFrom): ConfigFor finds it once a file, not once a file and
// override, which made a tree of many nested config files slow.
func (o *Override) matchesFrom(wd, path string) bool {
	rel := filepath.ToSlash(worktree.RelFrom(wd, o.Dir, path))
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return false
	}
	for _, g := range o.Files {
		if m, _ := doublestar.Match(g, rel); m {
			return true
		}
	}
	return false
}
