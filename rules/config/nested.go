package config

import (
	"cmp"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// Nested config files: a .copydesk.yml in a folder below the top config's
// (the one found from the working folder) applies to its folder and below,
// over the files above it, as EditorConfig's and ruff's do. A desk's folder
// can so have its own language and rule settings. A nested file sets only
// language, rules and overrides: what decides which files a run reads
// (include, exclude) and the newsroom's lists (dictionary, names) are the
// run's, in the top file.

// LoadNested loads the nested config files that apply to paths (the files
// of a run): those in the folders from each file's folder up to, but not
// including, this config's folder. They come back parents first, so each
// can be applied over the ones before it. A file outside this config's
// folder has none.
func (c *Config) LoadNested(paths []string) ([]*Config, error) {
	top, err := filepath.Abs(c.Dir)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{} // folders looked in
	var out []*Config
	last := "" // the folder of the path before: a walk lists a folder's files together
	for _, p := range paths {
		if filepath.Dir(p) == last {
			continue // looked in already (filepath.Abs would ask the system for the working folder again)
		}
		last = filepath.Dir(p)
		dir, err := filepath.Abs(last)
		if err != nil {
			continue
		}
		for below(top, dir) && !seen[dir] {
			seen[dir] = true
			n, err := c.loadNested(dir)
			if err != nil {
				return nil, err
			}
			if n != nil {
				out = append(out, n)
			}
			dir = filepath.Dir(dir)
		}
	}
	slices.SortFunc(out, func(a, b *Config) int {
		return cmp.Or(cmp.Compare(depth(a.Dir), depth(b.Dir)), cmp.Compare(a.Dir, b.Dir))
	})
	return out, nil
}

// below reports whether dir is strictly inside top (both absolute).
func below(top, dir string) bool {
	rel, err := filepath.Rel(top, dir)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// depth is how many folders deep an absolute path is.
func depth(dir string) int {
	abs, _ := filepath.Abs(dir)
	return strings.Count(abs, string(filepath.Separator))
}

// loadNested loads the config file in dir (absolute), if there is one, and
// refuses the keys a nested file may not set.
func (c *Config) loadNested(dir string) (*Config, error) {
	var path string
	for _, name := range FileNames {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			path = p
			break
		}
	}
	if path == "" {
		return nil, nil
	}
	n, err := Load(DisplayPath(path))
	if err != nil {
		return nil, err
	}
	topName := "the top config, " + DisplayPath(c.Path)
	if c.Path == "" {
		topName = "a config in the working folder"
	}
	for _, k := range []struct {
		key string
		set bool
	}{
		{"include", n.Include != nil}, {"exclude", n.Exclude != nil},
		{"dictionary", n.Dictionary != nil}, {"dictionary_files", n.DictionaryFiles != nil},
		{"rejected", n.Rejected != nil}, {"names", n.Names != nil}, {"names_files", n.NamesFiles != nil},
		{"sources", n.Sources != nil},
		{"max_findings_per_rule", n.MaxFindingsPerRule != 0}, {"max_findings_per_file", n.MaxFindingsPerFile != 0},
	} {
		if k.set {
			return nil, n.errorAt(n.keyAt(k.key, "$"), "%s: a nested config file sets only language, rules and overrides; %s belongs in %s", k.key, k.key, topName)
		}
	}
	return n, nil
}

// ResolveNested turns nested config files (from LoadNested, parents first)
// into overrides that follow this file's own: each nested file is an
// override of its whole folder, setting its language (if it names one) and
// each rule it names, resolved over the same rule's settings in the files
// above it; then come its own overrides, resolved likewise.
func (c *Config) ResolveNested(all []*rules.Rule, nested []*Config) ([]engine.Override, error) {
	var out []engine.Override
	for i, n := range nested {
		var above []*Config // the nested files above n, parents first
		for _, m := range nested[:i] {
			if below(absDir(m), absDir(n)) {
				above = append(above, m)
			}
		}
		chain := slices.Concat([]*Config{c}, above, []*Config{n})
		o := engine.Override{Files: []string{"**"}, Dir: n.Dir, Rules: map[string]engine.RuleConfig{}, Source: n.Path}
		if n.languageSet {
			o.Language = n.Language
		}
		for _, id := range slices.Sorted(maps.Keys(n.Rules)) {
			r := find(all, id)
			if r == nil {
				return nil, n.errorAt(n.keyAt(id, "$.rules"), "rules: unknown rule %q (see `copydesk rules`)%s", id, SuggestRule(all, id))
			}
			rc, err := c.resolveRule(r, c.ruleLayers(id, chain)...)
			if err != nil {
				return nil, err
			}
			o.Rules[id] = rc
		}
		ovs, err := c.resolveOverrides(all, n, chain[:len(chain)-1])
		if err != nil {
			return nil, err
		}
		out = append(append(out, o), ovs...)
	}
	return out, nil
}

// absDir is a config's folder, absolute.
func absDir(c *Config) string {
	abs, _ := filepath.Abs(c.Dir)
	return abs
}

// DisplayPath is a path as messages show it: relative to the working
// folder when it is below it, else absolute.
func DisplayPath(p string) string {
	if p == "" {
		return ""
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return abs
}
