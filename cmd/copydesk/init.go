package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/rules/all"
)

const defaultConfig = `# copydesk configuration. Every key is optional; these are the defaults.
# Documentation: copydesk rules [ID], and the README's configuration reference.

# The house language, a BCP 47 tag: en-US or en-GB (British spellings).
language: en-US

# Files to check when a folder is walked (globs relative to this file's folder).
# Without include, files with an article extension (.txt .text .md .markdown
# .html .htm); with it, the files it matches, other extensions read as text.
# include: ["**/*.md", "**/*.markdown", "**/*.txt", "**/*.text", "**/*.html", "**/*.htm"]
# exclude: ["drafts/**"]

# Words the newsroom accepts, and files of them, one a line.
# dictionary: [Yarallah, Kurilla]
# dictionary_files: [newsroom-words.txt]

# Words to flag, with the word to use instead.
# rejected:
#   alright: all right

# Preferred spellings of names, with the variants to correct.
# names:
#   - preferred: Muammar Gaddafi
#     variants: [Qadhafi, Qaddafi, Gadhafi]
# names_files: [names.yml]

# Metadata read as prose: front-matter keys (and the HTML <title> and <meta>
# content) holding the headline ("title") and standfirsts.
# front_matter_fields: [title, description, summary, subtitle]

# Per rule: enabled, severity (error, warning, info) and the rule's options,
# shown here commented out at their defaults. ` + "`copydesk rules ID`" + ` documents each.
rules:
`

func newInit() *cobra.Command {
	var force bool
	c := &cobra.Command{
		Use:   "init",
		Short: "Write a commented default .copydesk.yml in this folder",
		Example: `  copydesk init
  copydesk init --force`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			const name = ".copydesk.yml"
			flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if force {
				flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(name, flags, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("%s already exists (use --force to overwrite it)", name)
			}
			if err != nil {
				return err
			}
			if _, err := f.WriteString(defaultConfig + ruleSection()); err != nil {
				f.Close()
				return fmt.Errorf("writing %s: %w", name, err)
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("writing %s: %w", name, err)
			}
			fmt.Fprintf(c.OutOrStdout(), "wrote %s\n", name)
			return nil
		},
	}
	c.Flags().BoolVar(&force, "force", false, "overwrite an existing .copydesk.yml")
	return c
}

// ruleSection lists every rule with its default state, severity and
// options, so the written file always matches the rules this build has.
func ruleSection() string {
	var b strings.Builder
	for _, r := range all.List() {
		fmt.Fprintf(&b, "  %s:  # %s\n    enabled: %v\n    # severity: %s\n", r.ID, r.Summary, r.Default, r.Severity)
		if r.NewOptions == nil {
			continue
		}
		out, err := yaml.Marshal(r.NewOptions())
		if err != nil {
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if line != "" && line != "{}" {
				fmt.Fprintf(&b, "    # %s\n", line)
			}
		}
	}
	return b.String()
}
