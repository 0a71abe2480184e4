package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/report"
	"github.com/copydesk/copydesk/rules"
)

type fixFlags struct {
	config    string
	unsafe    bool
	diff      bool
	only      []string
	stdinName string
	jobs      int
	maxSize   sizeFlag
}

func newFix() *cobra.Command {
	var fl fixFlags
	c := &cobra.Command{
		Use:   "fix [PATH|-]...",
		Short: "Apply the safe fixes to articles, in place",
		Long: `Fix checks the articles named, as check does, and applies every safe
fix in place. Fixes that overlap wait for another round; rounds repeat until
nothing changes (at most 10); a file whose fixes undo each other is stopped
and the rules named. Files are written atomically — a temporary file in the
same folder, synced, then renamed over the original with its owner, group
and mode — and a file with nothing to change is not touched. A file that
changed since it was read, or that you may not write, is left alone and
named; the other files are still fixed. With "-" the article is read from
standard input and the fixed text written to standard output.

--unsafe also applies the first suggestion of findings whose fix is not
certain; review the result. The exit status is 0, with --diff too, unless
a file could not be read or fixed (2) (use "check --diff" for a status that
says whether there are fixes to make).`,
		Example: `  copydesk fix story.md
  copydesk fix --diff articles/
  copydesk fix --rule duplicate-block --unsafe archive/
  copydesk fix --stdin-filename story.md - < story.md > fixed.md`,
		RunE: func(c *cobra.Command, args []string) error { return runFix(c, args, &fl) },
	}
	f := c.Flags()
	f.StringVar(&fl.config, "config", "", "config file (default: .copydesk.yml here or in a parent folder)")
	f.BoolVar(&fl.unsafe, "unsafe", false, "also apply the first suggestion of findings whose fix is not marked safe")
	f.BoolVar(&fl.diff, "diff", false, "print a unified diff of the changes instead of writing them")
	f.StringArrayVar(&fl.only, "rule", nil, "apply only this rule's fixes (repeatable)")
	f.StringVar(&fl.stdinName, "stdin-filename", "", "name (and so format) of the article read from standard input")
	f.IntVarP(&fl.jobs, "jobs", "j", 0, "files checked at once (default: one per CPU)")
	fl.maxSize = defaultMaxFileSize
	f.Var(&fl.maxSize, "max-file-size", "largest file read (e.g. 512KB, 16MB); a larger one is an error naming it")
	return c
}

func runFix(c *cobra.Command, args []string, fl *fixFlags) error {
	cfg, eng, err := setup(fl.config, fl.jobs)
	if err != nil {
		return err
	}
	only := map[string]bool{}
	for _, id := range fl.only {
		if !knownRule(eng, id) {
			return fmt.Errorf("--rule: no rule %q; `copydesk rules` lists them", id)
		}
		only[id] = true
	}
	inputs, err := collectMax(args, cfg, c.InOrStdin(), fl.stdinName, c.ErrOrStderr(), int64(fl.maxSize))
	if err != nil {
		return err
	}
	run, err := fixAll(eng, inputs, fl.unsafe, only)
	if err != nil {
		return err
	}
	errw := c.ErrOrStderr()
	for _, err := range run.failed {
		fmt.Fprintln(errw, "copydesk:", err)
	}
	for _, n := range run.notes {
		fmt.Fprintln(errw, "copydesk:", n)
	}
	if !fl.diff {
		removeStaleTemps(folders(inputs), time.Now(), errw)
	}
	return writeFixes(c, inputs, run, walkedFrom(args, inputs), fl.diff)
}

func knownRule(eng *rules.Engine, id string) bool {
	for _, rc := range eng.Rules {
		if rc.Rule.ID == id {
			return true
		}
	}
	return false
}

// writeFixes writes the changed files (or prints their diff, or the fixed
// standard input) and says what changed on standard error. A file that
// cannot be written is named and the others are still written; the run
// then ends in an error counting the files not fixed.
func writeFixes(c *cobra.Command, inputs []rules.Input, run *fixRun, trees map[string]string, diff bool) error {
	out, errw := c.OutOrStdout(), c.ErrOrStderr()
	var paths []string
	for _, in := range inputs {
		if _, ok := run.fixed[in.Path]; ok {
			paths = append(paths, in.Path)
		}
	}
	sort.Strings(paths)
	files, total, failed := 0, 0, len(run.failed)
	written := map[string]string{} // file written (links resolved) → the path it was fixed as
	for _, p := range paths {
		orig, fixed := run.orig[p], run.fixed[p]
		changed := !bytes.Equal(orig, fixed)
		switch {
		case diff:
			if changed {
				if _, err := io.WriteString(out, report.Diff(p, orig, fixed)); err != nil {
					return err
				}
			}
		case isStdin(inputs, p):
			if _, err := out.Write(fixed); err != nil {
				return err
			}
		case changed:
			t := target{path: p, read: run.read[p], orig: orig, tree: trees[p]}
			if first := written[realPath(t)]; first != "" && realPath(t) != "" {
				// a link to a file fixed under its own name: once is enough
				fmt.Fprintf(errw, "copydesk: %s: the same file as %s, fixed once\n", p, first)
				continue
			}
			if err := writeAtomic(t, fixed); err != nil {
				fmt.Fprintln(errw, "copydesk:", err)
				failed++
				continue
			}
			written[realPath(t)] = p
		}
		if changed {
			files++
			total += run.counts[p]
			fmt.Fprintf(errw, "%s: %d %s\n", p, run.counts[p], plural(run.counts[p], "fix", "fixes"))
		}
	}
	verb := "applied"
	if diff {
		verb = "to apply"
	}
	fmt.Fprintf(errw, "%d %s %s in %d %s\n", total, plural(total, "fix", "fixes"), verb, files, plural(files, "file", "files"))
	if failed > 0 {
		return fmt.Errorf("%d %s not fixed (see above)", failed, plural(failed, "file", "files"))
	}
	return nil
}

func isStdin(inputs []rules.Input, path string) bool {
	for _, in := range inputs {
		if in.Path == path {
			return in.Stdin
		}
	}
	return false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
