package engine

import "os"

// FileConfig is what the configuration says for one file: its rules and its
// house language, the overrides that match it applied in order.
type FileConfig struct {
	Rules       []RuleConfig
	Language    string
	LanguageSet bool // the configuration named Language (see rules.Pass)
	// Sources name the overrides applied, in order (Override.Source), for
	// `copydesk config`.
	Sources []string
}

// ConfigFor returns the configuration of the file at path: the engine's
// rules and language, then each override that matches the path, in order,
// replacing the rules it sets and, if it names one, the language. Nested
// config files are overrides too (see config.ResolveNested), after the
// top file's own, parents before children, so the deepest file wins.
func (e *Engine) ConfigFor(path string) FileConfig {
	fc := FileConfig{Rules: e.Rules, Language: e.Language, LanguageSet: e.LanguageSet}
	copied := false
	wd := ""
	if len(e.Overrides) > 0 {
		wd, _ = os.Getwd()
	}
	for i := range e.Overrides {
		o := &e.Overrides[i]
		if !o.matchesFrom(wd, path) {
			continue
		}
		if o.Source != "" {
			fc.Sources = append(fc.Sources, o.Source)
		}
		if o.Language != "" {
			fc.Language, fc.LanguageSet = o.Language, true
		}
		if len(o.Rules) == 0 {
			continue
		}
		if !copied {
			fc.Rules, copied = append([]RuleConfig(nil), e.Rules...), true
		}
		for k, rc := range fc.Rules {
			if orc, ok := o.Rules[rc.Rule.ID]; ok {
				fc.Rules[k] = orc
			}
		}
	}
	return fc
}
