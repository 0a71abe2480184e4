package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/report"
	"github.com/copydesk/copydesk/rules"
)

// maxRounds bounds the fix loop: each round applies the fixes that do not
// overlap, and the next round re-checks and applies the rest.
const maxRounds = 10

type fixFlags struct {
	config    string
	unsafe    bool
	diff      bool
	only      []string
	stdinName string
	jobs      int
}

func newFix() *cobra.Command {
	var fl fixFlags
	c := &cobra.Command{
		Use:   "fix [PATH|-]...",
		Short: "Apply the safe fixes to articles, in place",
		Long: `Fix checks the articles named, as check does, and applies every safe
fix in place. Fixes that overlap wait for another round; rounds repeat until
nothing changes (at most 10). Files are written atomically — a temporary file
in the same folder, synced, then renamed over the original with its mode — and
a file with nothing to change is not touched. With "-" the article is read
from standard input and the fixed text written to standard output.

--unsafe also applies the first suggestion of findings whose fix is not
certain; review the result. The exit status is 0 unless there was an error,
with --diff too (use "check --diff" for a status that says whether there
are fixes to make).`,
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
	inputs, err := collect(args, cfg, c.InOrStdin(), fl.stdinName, c.ErrOrStderr())
	if err != nil {
		return err
	}
	orig, fixed, counts, err := fixAll(eng, inputs, fl.unsafe, only)
	if err != nil {
		return err
	}
	return writeFixes(c, inputs, orig, fixed, counts, fl.diff)
}

func knownRule(eng *rules.Engine, id string) bool {
	for _, rc := range eng.Rules {
		if rc.Rule.ID == id {
			return true
		}
	}
	return false
}

// fixAll runs rounds of check-and-apply over every input in memory and
// returns the original and fixed bytes and the fixes applied, by path.
func fixAll(eng *rules.Engine, inputs []rules.Input, unsafe bool, only map[string]bool) (orig, cur map[string][]byte, counts map[string]int, err error) {
	orig, cur, counts = map[string][]byte{}, map[string][]byte{}, map[string]int{}
	for _, in := range inputs {
		data, err := in.Read()
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", in.Path, err)
		}
		orig[in.Path], cur[in.Path] = data, data
	}
	pending := inputs // the files changed by the last round, to check again
	for range maxRounds {
		round := make([]rules.Input, len(pending))
		for i, in := range pending {
			data := cur[in.Path]
			round[i] = rules.Input{Path: in.Path, Format: in.Format, Read: func() ([]byte, error) { return data, nil }}
		}
		res, err := eng.Run(round)
		if err == nil {
			err = res.Err()
		}
		if err != nil {
			return nil, nil, nil, err
		}
		changed := map[string]bool{}
		for path, fs := range byPath(res.Findings, only) {
			edits := rules.SafeEdits(fs, unsafe)
			if len(edits) == 0 {
				continue
			}
			out, err := rules.Apply(cur[path], edits)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("%s: applying fixes: %w", path, err)
			}
			if !bytes.Equal(out, cur[path]) {
				cur[path], changed[path] = out, true
				counts[path] += len(edits)
			}
		}
		var next []rules.Input
		for _, in := range pending {
			if changed[in.Path] {
				next = append(next, in)
			}
		}
		if pending = next; len(pending) == 0 {
			break
		}
	}
	return orig, cur, counts, nil
}

// byPath groups findings by file, keeping only the rules asked for.
func byPath(fs []rules.Finding, only map[string]bool) map[string][]rules.Finding {
	out := map[string][]rules.Finding{}
	for _, f := range fs {
		if len(only) == 0 || only[f.Rule] {
			out[f.Path] = append(out[f.Path], f)
		}
	}
	return out
}

// writeFixes writes the changed files (or prints their diff, or the fixed
// standard input) and says what changed on standard error.
func writeFixes(c *cobra.Command, inputs []rules.Input, orig, fixed map[string][]byte, counts map[string]int, diff bool) error {
	out, errw := c.OutOrStdout(), c.ErrOrStderr()
	var paths []string
	for _, in := range inputs {
		paths = append(paths, in.Path)
	}
	sort.Strings(paths)
	files, total := 0, 0
	for _, p := range paths {
		changed := !bytes.Equal(orig[p], fixed[p])
		switch {
		case diff:
			if changed {
				if _, err := io.WriteString(out, report.Diff(p, orig[p], fixed[p])); err != nil {
					return err
				}
			}
		case isStdin(inputs, p):
			if _, err := out.Write(fixed[p]); err != nil {
				return err
			}
		case changed:
			if err := writeAtomic(p, fixed[p]); err != nil {
				return err
			}
		}
		if changed {
			files++
			total += counts[p]
			fmt.Fprintf(errw, "%s: %d %s\n", p, counts[p], plural(counts[p], "fix", "fixes"))
		}
	}
	verb := "applied"
	if diff {
		verb = "to apply"
	}
	fmt.Fprintf(errw, "%d %s %s in %d %s\n", total, plural(total, "fix", "fixes"), verb, files, plural(files, "file", "files"))
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
