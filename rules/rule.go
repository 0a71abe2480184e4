// Package rules is copydesk's engine: the contract every check is written
// against (Rule, Pass, Finding, Fix, Edit), the configuration, and the runner
// that reads files in parallel, runs the rules and returns sorted findings.
//
// It is shaped like golang.org/x/tools/go/analysis: a Rule is a value with an
// ID, documentation and a Run function; Run reports Findings through a Pass.
// Rules are pure functions of their input: no I/O, no globals, no clocks.
package rules

import (
	"fmt"
	"strings"
)

// Severity is how serious a finding is. The order matters: Info < Warning < Error.
type Severity int

// Severities.
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info", "note":
		return Info, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Scope is what a rule looks at in one call.
type Scope int

const (
	// ArticleScope rules see one article at a time, in parallel.
	ArticleScope Scope = iota
	// BatchScope rules see every article of the run at once, after the
	// article rules (for example, a name spelled one way here and another
	// way in a sibling file).
	BatchScope
)

// Rule is one check.
type Rule struct {
	ID       string   // kebab-case, stable: used in config, output and suppressions
	Summary  string   // one line, for `copydesk rules` and SARIF shortDescription
	Doc      string   // Markdown: what it finds, why, examples, options
	Severity Severity // default severity
	Scope    Scope
	// Default says whether the rule runs when the configuration does not
	// mention it.
	Default bool
	// NewOptions returns the rule's options set to their defaults, as a
	// pointer to a struct that embeds Settings; nil for plain Settings.
	NewOptions func() Options
	// Run checks pass.Article (ArticleScope) or pass.Batch (BatchScope).
	Run func(pass *Pass) error
	// RunBatch, optional for an ArticleScope rule, looks across pass.Batch
	// after every article was checked (a rule may do so only when its
	// options ask for it; it sees its own options in pass.Options).
	RunBatch func(pass *Pass) error
	// UsesBatch, optional, says whether RunBatch has anything to do under
	// these options. When no enabled rule needs the batch, the engine drops
	// each article's parsed prose as soon as the article is checked, so a
	// run's memory does not grow with every word of every file. Nil means
	// yes for a rule with RunBatch or BatchScope.
	UsesBatch func(opts Options) bool
}

// LooksAcross reports whether the rule, with these options, looks across
// the files of a run (so the engine must keep every article to the end).
func (r *Rule) LooksAcross(opts Options) bool {
	if r.Scope != BatchScope && r.RunBatch == nil {
		return false
	}
	return r.UsesBatch == nil || r.UsesBatch(opts)
}

// Settings are the configuration keys every rule takes. A rule's options
// struct embeds it (`yaml:",inline"`).
type Settings struct {
	Enabled  *bool  `yaml:"enabled,omitempty"`
	Severity string `yaml:"severity,omitempty"`
}

// Common returns the settings every rule takes, from any rule's options.
func (s *Settings) Common() *Settings { return s }

// Options is a rule's configuration: a struct embedding Settings.
type Options interface{ Common() *Settings }

// Validator is implemented by options whose values can be wrong in ways
// their types do not show: a number out of range, a style the rule does not
// know. Validate is called when the configuration is loaded, so that a bad
// value is reported at its place in the config file before anything is
// checked; it returns an error made by BadOption, naming the key.
type Validator interface {
	Validate() error
}

// OptionError is an option set to a value the rule cannot use.
type OptionError struct {
	Key     string // the option's key, such as "similarity"
	Problem string // what is wrong, such as "must be in (0, 1], not 7"
}

func (e *OptionError) Error() string { return e.Key + " " + e.Problem }

// BadOption is the error of an option (key) set to a value the rule cannot
// use; format and args say what is wrong ("must be in (0, 1], not %g").
func BadOption(key, format string, args ...any) error {
	return &OptionError{Key: key, Problem: fmt.Sprintf(format, args...)}
}

// DefaultOptions returns a new options struct of the rule with its defaults.
func (r *Rule) DefaultOptions() Options {
	if r.NewOptions == nil {
		return &Settings{}
	}
	return r.NewOptions()
}
