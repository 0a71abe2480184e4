package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/rules/engine"
)

// changedDefault is --changed given with no REF: the merge base of HEAD
// and the default branch.
const changedDefault = "merge-base"

// addChangedFlag adds check's --changed[=REF].
func addChangedFlag(c *cobra.Command, ref *string) {
	c.Flags().StringVar(ref, "changed", "", "check only the articles changed since REF (a commit, branch or tag; alone: the merge base with the default branch), uncommitted and untracked ones included")
	c.Flags().Lookup("changed").NoOptDefVal = changedDefault
}

// changedRefArg takes `check --changed REF PATH...` apart: a flag with an
// optional value cannot take the next word, so with --changed alone, a
// first argument that is no file or folder but names a commit is the REF.
func changedRefArg(ref string, args []string) (string, []string) {
	if ref != changedDefault || len(args) == 0 || args[0] == "-" {
		return ref, args
	}
	if _, err := os.Stat(args[0]); err == nil {
		return ref, args
	}
	if _, err := revParse(args[0]); err != nil {
		return ref, args
	}
	return args[0], args[1:]
}

// onlyChanged keeps of inputs (collected as without --changed, so with the
// walk's filters: extensions or include globs, excludes, hidden files,
// .gitignore, the config's own files) those that differ from ref in the
// work tree: committed since, staged, modified or untracked. Standard
// input is kept. It says on warn what it compared with.
func onlyChanged(inputs []engine.Input, ref string, warn io.Writer) ([]engine.Input, error) {
	top, err := git(".", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		return nil, fmt.Errorf("--changed: the working folder is in no git work tree: %w", gitErr(err))
	}
	base, what, err := changedBase(ref)
	if err != nil {
		return nil, err
	}
	changed, err := changedFiles(strings.TrimSpace(string(top)), base)
	if err != nil {
		return nil, err
	}
	var out []engine.Input
	for _, in := range inputs {
		if in.Stdin || changed[resolvedPath(in.Path)] {
			out = append(out, in)
		}
	}
	n := len(out)
	fmt.Fprintf(warn, "copydesk: --changed: %d %s changed since %s (%.12s)\n", n, plural(n, "article", "articles"), what, base)
	return out, nil
}

// changedBase resolves --changed's REF to a commit, and says what it is.
func changedBase(ref string) (sha, what string, err error) {
	if ref != changedDefault {
		sha, err = revParse(ref)
		if err != nil {
			return "", "", fmt.Errorf("--changed=%s: not a commit git knows here: %w", ref, err)
		}
		return sha, ref, nil
	}
	branch, err := defaultBranch()
	if err != nil {
		return "", "", err
	}
	out, err := git(".", "merge-base", "HEAD", branch).Output()
	if err != nil {
		return "", "", fmt.Errorf("--changed: no merge base of HEAD and %s (%w); give one with --changed=REF", branch, gitErr(err))
	}
	return strings.TrimSpace(string(out)), "the merge base with " + branch, nil
}

// defaultBranch is the branch changes are measured against: the remote's
// default (origin/HEAD, set by git clone), else main or master, local or
// on origin.
func defaultBranch() (string, error) {
	if out, err := git(".", "symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD").Output(); err == nil {
		return strings.TrimSpace(string(out)), nil
	}
	for _, b := range []string{"main", "master", "origin/main", "origin/master"} {
		if _, err := revParse(b); err == nil {
			return b, nil
		}
	}
	return "", errors.New("--changed: no default branch found (no origin/HEAD, main or master); give one with --changed=REF")
}

// changedFiles lists, by real absolute path, the files of the work tree at
// root that differ from commit base (deleted ones aside), and the
// untracked files git does not ignore.
func changedFiles(root, base string) (map[string]bool, error) {
	diff, err := git(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", base, "--").Output()
	if err != nil {
		return nil, fmt.Errorf("--changed: git diff %.12s: %w", base, gitErr(err))
	}
	untracked, err := git(root, "ls-files", "-z", "--others", "--exclude-standard").Output()
	if err != nil {
		return nil, fmt.Errorf("--changed: git ls-files: %w", gitErr(err))
	}
	files := map[string]bool{}
	for name := range bytes.SplitSeq(append(diff, untracked...), []byte{0}) {
		if len(name) > 0 {
			files[resolvedPath(filepath.Join(root, filepath.FromSlash(string(name))))] = true
		}
	}
	return files, nil
}

// revParse resolves a revision to a commit's full hash.
func revParse(rev string) (string, error) {
	out, err := git(".", "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}").Output()
	if err != nil {
		return "", gitErr(err)
	}
	return strings.TrimSpace(string(out)), nil
}

// resolvedPath is path made absolute with its links resolved, so that a file
// git names from the top of the work tree and the same file the walk found
// from the working folder compare equal.
func resolvedPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		return resolved
	}
	return abs
}

// gitErr is git's own complaint, when it made one, instead of "exit status 128".
func gitErr(err error) error {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		if msg := strings.TrimSpace(string(exit.Stderr)); msg != "" {
			return errors.New(msg)
		}
		return errors.New("unknown revision")
	}
	return err
}
