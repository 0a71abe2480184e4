package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
)

const defaultConfig = `# copydesk configuration. Every key is optional; these are the defaults.
# Documentation: copydesk rules [ID], and the README's configuration reference.

# The house language, a BCP 47 tag: en-US or en-GB (British spellings).
language: en-US

# Files to check when a folder is walked (globs relative to this file's folder).
# include: ["**/*.md", "**/*.txt", "**/*.html"]
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

# Per rule: enabled, severity (error, warning, info) and the rule's options.
rules:
  duplicate-block:
    enabled: true
    # severity: warning
    # min_words: 8      # shortest paragraph reported on its own
    # similarity: 0.8   # 1 finds exact copies only
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
			if _, err := f.WriteString(defaultConfig); err != nil {
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
