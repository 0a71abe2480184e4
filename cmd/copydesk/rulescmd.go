package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/all"
)

func newRulesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "rules [ID]",
		Short: "List the rules, or show one rule's documentation",
		Example: `  copydesk rules
  copydesk rules duplicate-block`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			out := c.OutOrStdout()
			if len(args) == 1 {
				r := all.ByID(args[0])
				if r == nil {
					return unknownRule("", args[0])
				}
				fmt.Fprintf(out, "%s — %s\n\nseverity: %s; scope: %s; on by default: %v\n\n%s\n",
					r.ID, r.Summary, r.Severity, scopeName(r), r.Default, strings.TrimSpace(r.Doc))
				return nil
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSEVERITY\tDEFAULT\tSUMMARY")
			for _, r := range all.List() {
				on := "on"
				if !r.Default {
					on = "off"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, on, r.Summary)
			}
			return tw.Flush()
		},
	}
}

func scopeName(r *rules.Rule) string {
	switch {
	case r.Scope == rules.BatchScope:
		return "batch"
	case r.RunBatch != nil:
		return "article (and batch, when asked)"
	}
	return "article"
}
