// Command copydesk is a text-hygiene linter for newsrooms: it reads article
// files (plain text, Markdown, HTML) and reports duplicated blocks, typos,
// inconsistent spellings of names and unattributed quotations, with exact
// positions, fixes and diffs.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/rules/all"
)

// Exit codes, as golangci-lint and ruff use them.
const (
	exitOK       = 0 // nothing reached --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage, configuration or I/O error
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// errFindings reports that findings reached the --fail-on level.
var errFindings = errors.New("findings")

// codedError is an error that asks for its own exit status (the language
// server's 1 for an exit without shutdown).
type codedError struct {
	code int
	err  error
}

func (e *codedError) Error() string { return e.err.Error() }
func (e *codedError) Unwrap() error { return e.err }

// exitWith makes err end the process with status code.
func exitWith(code int, err error) error { return &codedError{code: code, err: err} }

// run is main without the process: it takes arguments and streams and
// returns the exit code, so tests can drive the whole CLI in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	var coded *codedError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.As(err, &coded):
		fmt.Fprintln(stderr, "copydesk:", coded.err)
		return coded.code
	default:
		fmt.Fprintln(stderr, "copydesk:", err)
		return exitError
	}
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "copydesk",
		Short: "A text-hygiene linter for newsroom copy",
		Long: `copydesk checks articles (plain text, Markdown, HTML) for duplicated
paragraphs, typos, names spelled two ways and quotations no one is named as
saying, and reports each with its exact line and column, a fix and a diff.`,
		Example: `  copydesk check testdata/example.txt
  copydesk check --format sarif --output copydesk.sarif articles/
  cat story.md | copydesk check --stdin-filename story.md -
  copydesk rules duplicate-block`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())
	})
	root.AddCommand(newCheck(), newFix(), newRulesCmd(), newConfigCmd(), newNamesCmd(), newInit(), newVersion(), newServe(), newLSP())
	return root
}

func newVersion() *cobra.Command {
	var licenses bool
	cmd := &cobra.Command{
		Use:     "version",
		Short:   "Print copydesk's version",
		Long:    "Print copydesk's version; with --licenses, also the licence notices of the data embedded in it (word lists, counts), which their licences require in all copies.",
		Example: "  copydesk version\n  copydesk version --licenses",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			w := c.OutOrStdout()
			fmt.Fprintf(w, "copydesk %s\n", version)
			if licenses {
				printNotices(w)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&licenses, "licenses", false, "also print the licence notices of the embedded data")
	return cmd
}

// printNotices writes each embedded data source's notice under a header
// that names it, the rule that uses it and the notice's file.
func printNotices(w io.Writer) {
	for _, n := range all.Notices() {
		fmt.Fprintf(w, "\n==== %s (data of the %s rule; %s) ====\n\n%s", n.Source, n.Rule, n.File, n.Text)
		if !strings.HasSuffix(n.Text, "\n") {
			fmt.Fprintln(w)
		}
	}
}
