package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/copydesk/copydesk/rules/all"
	"github.com/copydesk/copydesk/rules/config"
)

// selectFlags are --select and --ignore, as ruff and golangci-lint have
// them: rule IDs, comma-separated or repeated. --select runs only the rules
// named (even one off by default); --ignore leaves rules out. Both apply
// over the configuration, overrides and nested files included.
type selectFlags struct {
	sel, ign []string
}

func (s *selectFlags) add(f *pflag.FlagSet) {
	f.StringSliceVar(&s.sel, "select", nil, "run only these rules (IDs, comma-separated or repeated), even ones off by default")
	f.StringSliceVar(&s.ign, "ignore", nil, "do not run these rules (IDs, comma-separated or repeated)")
}

// set applies the flags to a config, as setup's command-line settings.
// An unknown ID is an error that suggests the rules it may mean.
func (s *selectFlags) set(cfg *config.Config) error {
	sel, err := ruleIDs("--select", s.sel)
	if err != nil {
		return err
	}
	ign, err := ruleIDs("--ignore", s.ign)
	if err != nil {
		return err
	}
	for _, r := range all.List() {
		switch {
		case slices.Contains(ign, r.ID):
			err = cfg.SetOption(r.ID, "enabled", false)
		case len(sel) > 0:
			err = cfg.SetOption(r.ID, "enabled", slices.Contains(sel, r.ID))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// ruleIDs checks the IDs given to flag, trimmed of spaces; empty items
// ("typo,") are dropped.
func ruleIDs(flag string, ids []string) ([]string, error) {
	var out []string
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if all.ByID(id) == nil {
			return nil, unknownRule(flag, id)
		}
		out = append(out, id)
	}
	return out, nil
}

// unknownRule is the error of an ID no rule has, with the rules it may
// mean; flag, if not "", is the flag that named it.
func unknownRule(flag, id string) error {
	err := fmt.Errorf("no rule %q (`copydesk rules` lists them)%s", id, config.SuggestRule(all.List(), id))
	if flag != "" {
		err = fmt.Errorf("%s: %w", flag, err)
	}
	return err
}
