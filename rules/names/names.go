// Package names implements the name-spelling rule: one person, one
// spelling. It finds the names of an article, groups them into people and
// reports every mention spelled differently from the person's preferred
// form, recognising transliteration variants without a list.
package names

import (
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Al-prefix house styles.
const (
	AlKeep   = "keep"   // later references keep the al- of the full name
	AlDrop   = "drop"   // later references drop it: al-Sudani, then Sudani
	AlEither = "either" // not checked
)

// Options configure name-spelling.
type Options struct {
	rules.Settings `yaml:",inline"`
	// AlPrefix is the house style for a later reference to a name with the
	// Arabic article: keep, drop or either.
	AlPrefix string `yaml:"al_prefix"`
	// AcrossFiles also compares the names of every file of a run.
	AcrossFiles bool `yaml:"across_files"`
	// MaxDistance is the largest edit distance between two spellings, as a
	// share of the longer one, for them to be variants of one name.
	MaxDistance float64 `yaml:"max_distance"`
	// MinLength is the shortest name (in letters) compared inexactly.
	MinLength int `yaml:"min_length"`
}

// DefaultOptions returns the options name-spelling runs with.
func DefaultOptions() *Options {
	return &Options{AlPrefix: AlKeep, MaxDistance: 0.22, MinLength: 4}
}

// Validate reports an option the rule cannot work with.
func (o *Options) Validate() error {
	switch o.AlPrefix {
	case AlKeep, AlDrop, AlEither:
	default:
		return rules.BadOption("al_prefix", "must be keep, drop or either, not %q", o.AlPrefix)
	}
	if !(o.MaxDistance >= 0 && o.MaxDistance < 1) { // NaN too
		return rules.BadOption("max_distance", "must be in [0, 1), not %g", o.MaxDistance)
	}
	if o.MinLength < 0 {
		return rules.BadOption("min_length", "must be 0 or more, not %d", o.MinLength)
	}
	return nil
}

func (o *Options) similarity() similarity {
	return similarity{minLen: max(o.MinLength, 1), maxDist: o.MaxDistance}
}

// Rule is name-spelling.
var Rule = &rules.Rule{
	ID:         "name-spelling",
	Summary:    summary,
	Doc:        doc,
	Severity:   rules.Warning,
	Scope:      rules.ArticleScope,
	Default:    true,
	NewOptions: func() rules.Options { return DefaultOptions() },
	Run:        run,
	RunBatch:   runBatch,
	UsesBatch:  func(o rules.Options) bool { return o.(*Options).AcrossFiles },
}

func run(pass *rules.Pass) error {
	opts := pass.Options.(*Options)
	if err := opts.Validate(); err != nil {
		return err
	}
	list := sharedListIndex(pass.Shared, opts.similarity())
	mem := scratches.Get().(*scratch)
	ppl := analyse(pass.Article, list, opts.similarity(), mem)
	r := reporter{pass: pass, opts: opts, ppl: ppl}
	for _, p := range ppl.all {
		r.person(p)
	}
	mem.free() // the findings keep nothing of it
	return nil
}

// analyse finds the people of an article and their preferred spellings,
// made in mem.
func analyse(art *article.Article, list *listIndex, sim similarity, mem *scratch) *people {
	ppl := groupPeople(mentionsOf(art, mem), sim, mem)
	for _, p := range ppl.all {
		list.apply(p)
	}
	return ppl
}
