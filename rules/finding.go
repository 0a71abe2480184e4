package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// Finding is one problem found: a byte span of one file, a message, places
// that bear on it, and fixes, best first.
type Finding struct {
	Rule     string
	Severity Severity
	Path     string
	Span     article.Span
	Message  string
	Related  []Related
	Fixes    []Fix
	// Key, when set, is a stable identity for the finding that survives
	// unrelated edits to the file (the words it is about, not their place);
	// SARIF's partialFingerprints are made from it. The engine fills in the
	// flagged text when a rule leaves it empty.
	Key string
	// Fingerprint is filled in by the engine from Rule, Key and how many
	// findings of the same rule and key come before this one in the file;
	// it keys baselines and SARIF's partialFingerprints.
	Fingerprint string
}

// Related is another place that explains a finding: the first copy of a
// duplicate, the preferred spelling of a name.
type Related struct {
	Path    string // empty: the finding's own file
	Span    article.Span
	Message string
}

// Fix is one way to resolve a finding: non-overlapping edits of the file.
type Fix struct {
	Message string
	Edits   []Edit
	// Safe fixes may be applied without a human looking (copydesk fix, --diff).
	Safe bool
}

// Edit replaces the bytes of Span with New. An empty New deletes them.
type Edit struct {
	Span article.Span
	New  string
}

// Detach copies the finding's strings, so that it holds no part of its
// article: a rule may slice a message or a replacement out of a paragraph's
// text, and keeping the slice would keep the whole paragraph after the
// article is dropped.
func (f *Finding) Detach() {
	f.Message, f.Key = strings.Clone(f.Message), strings.Clone(f.Key)
	f.Related = slices.Clone(f.Related)
	for i := range f.Related {
		f.Related[i].Message = strings.Clone(f.Related[i].Message)
	}
	f.Fixes = slices.Clone(f.Fixes)
	for i := range f.Fixes {
		fx := &f.Fixes[i]
		fx.Message = strings.Clone(fx.Message)
		fx.Edits = slices.Clone(fx.Edits)
		for k := range fx.Edits {
			fx.Edits[k].New = strings.Clone(fx.Edits[k].New)
		}
	}
}

// SortFindings orders findings by file, place, rule and message, so output
// is the same on every run whatever the scheduling.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, compareFindings)
}

func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Span.Start, b.Span.Start),
		cmp.Compare(a.Span.End, b.Span.End),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Message, b.Message),
	)
}
