package rules

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/sources"
)

// Pass is what a rule's Run gets: its input, its options and a way to report.
type Pass struct {
	Rule    *Rule
	Options Options // the rule's options struct, as configured
	// Article is the article being checked (ArticleScope). Its paragraphs'
	// words and sentences are reused for the next file once its findings
	// are final (article.Release): a rule must keep none of them (no
	// []Word, *Word or *Paragraph) past its Run, only strings and numbers.
	Article *article.Article
	// Batch is every article of the run, sorted by path (BatchScope).
	Batch []*article.Article
	// Language is the house language of the article (or, for a batch, of
	// the run), a BCP 47 tag such as "en-GB".
	Language string
	// LanguageSet says whether the configuration named Language for this
	// article (a language key, at the top, in an override or in a nested
	// config file). When false, Language is only the default (en-US): a
	// rule may report against it, but must not mark a fix that imposes it
	// (a house spelling, say) safe, or an unattended fix would Americanise
	// British copy whose desk never said which it is.
	LanguageSet bool
	// Shared holds newsroom-wide data from the configuration (dictionary,
	// names list) for rules that use it.
	Shared *Shared

	severity Severity
	findings []Finding
	capper   capper // bounds the findings of one file (see limit.go)
}

// Shared is newsroom data set once in the configuration and read by rules.
type Shared struct {
	Dictionary []string          // words the newsroom accepts
	Rejected   map[string]string // word → preferred replacement
	Names      []NameEntry       // preferred spellings of names
	// Sources is the desk's record of what was said (transcripts,
	// subtitles, notes), indexed once per run; nil when none is
	// configured. It is newsroom data like the names list: read-only, and
	// shared by every article's pass.
	Sources *sources.Index
	// References are files findings may point into without being checked
	// (the sources: a misquote's passage), sorted by path. The engine
	// validates related places against them and keeps them for reports.
	References []*article.Article

	derived sync.Map // key → *derived: what Derived made of the fields above
}

// derived is one value of Shared.Derived, built once.
type derived struct {
	once sync.Once
	v    any
}

// Derived returns what build makes of s's data for key, made once and kept
// with s for as long as s lives (a run of check, an LSP workspace until
// its configuration is reloaded): a rule's index of the names list, its
// dictionary in lower case. A newsroom list of 20,000 words and 5,000 names
// indexed again for each article made a check of the BBC folder fifty times
// slower. key must be comparable and name the rule and the values of any
// options build reads, never a pointer or anything else made afresh for
// each check: a new key is a new value kept. build must read nothing that
// changes while s lives, and its result is shared by the articles'
// goroutines: read it, never change it. Goroutines asking at once wait for
// the one build.
func (s *Shared) Derived(key any, build func() any) any {
	v, ok := s.derived.Load(key)
	if !ok {
		v, _ = s.derived.LoadOrStore(key, new(derived))
	}
	d := v.(*derived)
	d.once.Do(func() { d.v = build() })
	return d.v
}

// Reference returns the reference file at path, or nil.
func (s *Shared) Reference(path string) *article.Article {
	if s == nil {
		return nil
	}
	i, ok := slices.BinarySearchFunc(s.References, path, func(a *article.Article, p string) int { return cmp.Compare(a.Path, p) })
	if !ok {
		return nil
	}
	return s.References[i]
}

// NameEntry is one name's preferred spelling and its known variants.
type NameEntry struct {
	Preferred string   `yaml:"preferred" json:"preferred"`
	Variants  []string `yaml:"variants" json:"variants"`
}

// Report records a finding. Path and Rule are filled in when empty, and the
// severity is the configured one unless the rule set one.
//
// The finding is checked first (see ValidateFinding): one whose span is
// outside its file or cuts a character is dropped, and so is an invalid
// related place or fix of it; each is a bug in the rule, recorded as a
// warning on the file (RuleBugPrefix) that names the rule and the line
// that reported it. Tests run through ruletest fail on such a warning.
func (p *Pass) Report(f Finding) {
	if f.Rule == "" {
		f.Rule = p.Rule.ID
	}
	if f.Path == "" && p.Article != nil {
		f.Path = p.Article.Path
	}
	if f.Severity == 0 {
		f.Severity = p.severity
	}
	// a fix with no edits is one a rule could not make without touching
	// markup (see ReplaceText): the finding stands without it
	noEdits := func(fx Fix) bool { return len(fx.Edits) == 0 }
	if slices.ContainsFunc(f.Fixes, noEdits) {
		f.Fixes = slices.DeleteFunc(slices.Clone(f.Fixes), noEdits)
	}
	f, ok := p.check(f)
	if !ok {
		return
	}
	p.findings = p.capper.keep(append(p.findings, f))
}

// Reportf records a finding with a formatted message and no fix.
func (p *Pass) Reportf(span article.Span, format string, args ...any) {
	p.Report(Finding{Span: span, Message: fmt.Sprintf(format, args...)})
}

// Severity is the severity configured for this rule; rules that grade their
// findings (info for a house-style matter) may report others.
func (p *Pass) Severity() Severity { return p.severity }

// NewPass makes the pass of rule r, configured with opts, reporting at
// severity. The engine sets the article (or batch) and the newsroom data.
// maxPerRule > 0 bounds the findings one file lists: past it the first
// ones by position are kept and one more finding counts the rest (see
// limit.go); 0 means no bound.
func NewPass(r *Rule, opts Options, severity Severity, maxPerRule int) *Pass {
	p := &Pass{Rule: r, Options: opts, severity: severity}
	p.capper.max = maxPerRule
	return p
}

// Findings ends the pass: its findings, cut to the pass's bound.
func (p *Pass) Findings() []Finding {
	p.findings = p.capper.finish(p.findings)
	return p.findings
}
