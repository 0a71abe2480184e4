package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/goccy/go-yaml"
	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

func newConfigCmd() *cobra.Command {
	var configPath string
	c := &cobra.Command{
		Use:   "config FILE",
		Short: "Print the configuration that applies to a file",
		Long: `Config prints, as YAML, the configuration check and fix use for FILE: the
top config file (.copydesk.yml found from the working folder, or --config),
then each nested .copydesk.yml in the folders from the top file's down to
FILE's, then each override that matches FILE, merged in that order (the
later wins). Comments name the files merged. FILE need not exist.`,
		Example: `  copydesk config uk/story.md
  copydesk config --config house.yml wire/feed.txt`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			cfg, eng, err := setup(configPath, 0)
			if err != nil {
				return err
			}
			path := filepath.Clean(args[0])
			if _, err := applyNested(cfg, eng, engine.InputSlice{{Path: path}}, configPath != ""); err != nil {
				return err
			}
			return printConfig(c.OutOrStdout(), path, cfg, eng.ConfigFor(path))
		},
	}
	c.Flags().StringVar(&configPath, "config", "", "config file (default: .copydesk.yml here or in a parent folder)")
	return c
}

// printConfig writes the merged configuration of the file at path as YAML
// that a config file could hold, each rule with every option.
func printConfig(w io.Writer, path string, cfg *config.Config, fc engine.FileConfig) error {
	top := config.DisplayPath(cfg.Path)
	if top == "" {
		top = "(no config file: the defaults)"
	}
	fmt.Fprintf(w, "# the configuration of %s, merged from:\n#   %s\n", path, top)
	for _, s := range fc.Sources {
		fmt.Fprintf(w, "#   %s\n", s)
	}
	fmt.Fprintf(w, "language: %s", fc.Language)
	if !fc.LanguageSet {
		fmt.Fprint(w, " # the default: no config names the language")
	}
	fmt.Fprintln(w)
	var rs yaml.MapSlice
	for _, rc := range fc.Rules {
		opts, err := ruleOptions(rc)
		if err != nil {
			return fmt.Errorf("rule %s: %w", rc.Rule.ID, err)
		}
		rs = append(rs, yaml.MapItem{Key: rc.Rule.ID, Value: opts})
	}
	out, err := yaml.MarshalWithOptions(yaml.MapSlice{{Key: "rules", Value: rs}}, yaml.Indent(2))
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// ruleOptions is one rule's configuration as a config file writes it:
// enabled and severity first, then its options in their declared order.
func ruleOptions(rc engine.RuleConfig) (yaml.MapSlice, error) {
	data, err := yaml.Marshal(rc.Options)
	if err != nil {
		return nil, err
	}
	var opts yaml.MapSlice
	if err := yaml.UnmarshalWithOptions(data, &opts, yaml.UseOrderedMap()); err != nil {
		return nil, err
	}
	out := yaml.MapSlice{{Key: "enabled", Value: rc.Enabled}, {Key: "severity", Value: rc.Severity.String()}}
	for _, it := range opts {
		if it.Key != "enabled" && it.Key != "severity" {
			out = append(out, it)
		}
	}
	return out, nil
}
