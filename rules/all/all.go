// Package all lists every rule copydesk has. The CLI and tests take the
// rule set from here; a new rule package is added to List.
package all

import (
	"sort"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/chars"
	"github.com/copydesk/copydesk/rules/dupe"
	"github.com/copydesk/copydesk/rules/engine"
	"github.com/copydesk/copydesk/rules/misquote"
	"github.com/copydesk/copydesk/rules/names"
	"github.com/copydesk/copydesk/rules/quotes"
	"github.com/copydesk/copydesk/rules/typo"
	"github.com/copydesk/copydesk/rules/typography"
)

// List returns every rule, sorted by ID.
func List() []*rules.Rule {
	rs := []*rules.Rule{
		dupe.Rule,
		engine.UnusedSuppression,
		names.Rule,
		typo.Rule,
		typography.ApostropheStyle,
		typography.Dash,
		typography.Spacing,
		typography.RepeatedWord,
		chars.InvisibleCharacter,
		chars.MixedScript,
		chars.Mojibake,
		chars.UnicodeNormalization,
		quotes.Unattributed,
		misquote.Rule,
		quotes.Unbalanced,
		quotes.Scare,
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// ByID returns the rule with the ID, or nil.
func ByID(id string) *rules.Rule {
	for _, r := range List() {
		if r.ID == id {
			return r
		}
	}
	return nil
}
