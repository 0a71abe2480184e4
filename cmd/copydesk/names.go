package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
	"github.com/copydesk/copydesk/rules/names"
)

func newNamesCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "names",
		Short: "Work with the newsroom's list of preferred name spellings",
	}
	var configPath string
	learn := &cobra.Command{
		Use:   "learn DIR...",
		Short: "Propose a names list from an archive of articles",
		Long: `Learn reads an archive and proposes a starting list of preferred name
spellings: for each person written more than one way, the most frequent
spelling, its variants and how often each occurs (as comments). Review it,
then save it as a names file and name it in .copydesk.yml (names_files:).`,
		Example: `  copydesk names learn archive/ > names.yml`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			cfg, _, err := setup(configPath, 0)
			if err != nil {
				return err
			}
			inputs, err := collect(args, cfg, c.InOrStdin(), "", c.ErrOrStderr())
			if err != nil {
				return err
			}
			res, err := (&engine.Engine{KeepProse: true}).Run(inputs) // parse only
			if err == nil {
				err = res.Err()
			}
			if err != nil {
				return err
			}
			learned := names.Learn(res.Articles)
			out := c.OutOrStdout()
			fmt.Fprintf(out, "# Names written more than one way in %d %s, most mentioned first.\n# Review, then list this file under names_files: in .copydesk.yml.\n", len(res.Articles), plural(len(res.Articles), "article", "articles"))
			for _, l := range learned {
				data, err := yaml.Marshal([]rules.NameEntry{l.Entry()})
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "\n# %s\n%s", countsComment(l.Counts), data)
			}
			return nil
		},
	}
	learn.Flags().StringVar(&configPath, "config", "", "config file (for include and exclude globs)")
	c.AddCommand(learn)
	return c
}

// countsComment lists spellings with their counts, most frequent first.
func countsComment(counts map[string]int) string {
	type sc struct {
		s string
		n int
	}
	var all []sc
	for s, n := range counts {
		all = append(all, sc{s, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].s < all[j].s
	})
	parts := make([]string, len(all))
	for i, x := range all {
		parts[i] = fmt.Sprintf("%s ×%d", x.s, x.n)
	}
	return strings.Join(parts, ", ")
}
