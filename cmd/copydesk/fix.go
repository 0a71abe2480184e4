package main

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/report"
	"github.com/copydesk/copydesk/rules/engine"
)

type fixFlags struct {
	config    string
	unsafe    bool
	diff      bool
	only      []string
	stdinName string
	jobs      int
	maxSize   sizeFlag
	rules     selectFlags // --select, --ignore
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
  copydesk fix --ignore typo articles/
  copydesk fix --stdin-filename story.md - < story.md > fixed.md`,
		RunE: func(c *cobra.Command, args []string) error { return runFix(c, args, &fl) },
	}
	f := c.Flags()
	f.StringVar(&fl.config, "config", "", "config file (default: .copydesk.yml here or in a parent folder)")
	f.BoolVar(&fl.unsafe, "unsafe", false, "also apply the first suggestion of findings whose fix is not marked safe")
	f.BoolVar(&fl.diff, "diff", false, "print a unified diff of the changes instead of writing them")
	f.StringArrayVar(&fl.only, "rule", nil, "apply only this rule's fixes (repeatable)")
	f.StringVar(&fl.stdinName, "stdin-filename", "", "name (and so format) of the article read from standard input")
	f.IntVarP(&fl.jobs, "jobs", "j", defaultJobs(), "files checked at once (one per CPU unless given)")
	fl.maxSize = defaultMaxFileSize
	f.Var(&fl.maxSize, "max-file-size", "largest file read (e.g. 512KB, 16MB); a larger one is an error naming it")
	fl.rules.add(f)
	return c
}

func runFix(c *cobra.Command, args []string, fl *fixFlags) error {
	if err := checkJobs(fl.jobs); err != nil {
		return err
	}
	cfg, eng, err := setup(fl.config, fl.jobs, fl.rules.set)
	if err != nil {
		return err
	}
	only := map[string]bool{}
	for _, id := range fl.only {
		if !knownRule(eng, id) {
			return unknownRule("--rule", id)
		}
		only[id] = true
	}
	inputs, err := collectMax(args, cfg, c.InOrStdin(), fl.stdinName, c.ErrOrStderr(), int64(fl.maxSize))
	if err != nil {
		return err
	}
	if _, err := applyNested(cfg, eng, engine.InputSlice(inputs), fl.config != ""); err != nil {
		return err
	}
	eng.Compact = true // the rounds read findings only
	errw := c.ErrOrStderr()
	var stale bytes.Buffer // said after the files left out, as before streaming
	if !fl.diff {
		removeStaleTemps(folders(inputs), time.Now(), &stale)
	}
	w := &fixWriter{out: c.OutOrStdout(), stdin: stdinPath(inputs), trees: walkedFrom(args, inputs), diff: fl.diff,
		written: map[string]string{}}
	var failed []error
	var notes []string
	for _, group := range fixGroups(eng, inputs) {
		run, err := fixAll(eng, group, fl.unsafe, only)
		if err != nil {
			return err
		}
		failed, notes = append(failed, run.failed...), append(notes, run.notes...)
		if err := w.write(run); err != nil {
			return err
		}
	}
	for _, err := range failed {
		fmt.Fprintln(errw, "copydesk:", err)
	}
	for _, n := range notes {
		fmt.Fprintln(errw, "copydesk:", n)
	}
	if _, err := stale.WriteTo(errw); err != nil {
		return err
	}
	return w.finish(errw, len(failed))
}

// fixGroups splits the inputs, sorted by path, into the groups fixed and
// written one after the other: a few files per job, so that a run holds
// the original and fixed text of those files only, not of every file. A
// rule that looks across files needs them all at once: one group then.
func fixGroups(eng *engine.Engine, inputs []engine.Input) [][]engine.Input {
	if eng.UsesBatch() {
		return [][]engine.Input{inputs}
	}
	sorted := slices.Clone(inputs)
	slices.SortStableFunc(sorted, func(a, b engine.Input) int { return cmp.Compare(a.Path, b.Path) })
	size := 4 * max(eng.Jobs, runtime.GOMAXPROCS(0))
	var groups [][]engine.Input
	for len(sorted) > size {
		groups, sorted = append(groups, sorted[:size]), sorted[size:]
	}
	return append(groups, sorted)
}

func knownRule(eng *engine.Engine, id string) bool {
	for _, rc := range eng.Rules {
		if rc.Rule.ID == id {
			return true
		}
	}
	return false
}

// fixWriter writes the changed files of each group as it is fixed (or
// prints their diff, or the fixed standard input), and keeps what it says
// of each on standard error for the end of the run, after the files left
// out. A file that cannot be written is named and the others are still
// written; the run then ends in an error counting the files not fixed.
type fixWriter struct {
	out   io.Writer
	stdin string // the path of the article read from standard input, if any
	trees map[string]string
	diff  bool

	said                 bytes.Buffer      // what each file's fixes came to, in path order
	written              map[string]string // file written (links resolved) → the path it was fixed as
	files, total, failed int
}

// write writes one group's fixed files, in path order.
func (w *fixWriter) write(run *fixRun) error {
	var paths []string
	for p := range run.fixed {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		orig, fixed := run.orig[p], run.fixed[p]
		changed := !bytes.Equal(orig, fixed)
		switch {
		case w.diff:
			if changed {
				if _, err := io.WriteString(w.out, report.Diff(p, orig, fixed)); err != nil {
					return err
				}
			}
		case w.stdin != "" && p == w.stdin:
			if _, err := w.out.Write(fixed); err != nil {
				return err
			}
		case changed:
			t := target{path: p, read: run.read[p], orig: orig, tree: w.trees[p]}
			if first := w.written[realPath(t)]; first != "" && realPath(t) != "" {
				// a link to a file fixed under its own name: once is enough
				fmt.Fprintf(&w.said, "copydesk: %s: the same file as %s, fixed once\n", p, first)
				continue
			}
			if err := writeAtomic(t, fixed); err != nil {
				fmt.Fprintln(&w.said, "copydesk:", err)
				w.failed++
				continue
			}
			w.written[realPath(t)] = p
		}
		if changed {
			w.files++
			w.total += run.counts[p]
			fmt.Fprintf(&w.said, "%s: %d %s\n", p, run.counts[p], plural(run.counts[p], "fix", "fixes"))
		}
	}
	return nil
}

// finish says what each file's fixes came to and sums them up; failed is
// how many files were left out before writing.
func (w *fixWriter) finish(errw io.Writer, failed int) error {
	if _, err := w.said.WriteTo(errw); err != nil {
		return err
	}
	verb := "applied"
	if w.diff {
		verb = "to apply"
	}
	fmt.Fprintf(errw, "%d %s %s in %d %s\n", w.total, plural(w.total, "fix", "fixes"), verb, w.files, plural(w.files, "file", "files"))
	if n := failed + w.failed; n > 0 {
		return fmt.Errorf("%d %s not fixed (see above)", n, plural(n, "file", "files"))
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// stdinPath is the path of the article read from standard input, or "".
func stdinPath(inputs []engine.Input) string {
	for _, in := range inputs {
		if in.Stdin {
			return in.Path
		}
	}
	return ""
}
