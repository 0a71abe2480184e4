package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/internal/worktree"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// collect turns command-line paths into inputs, each read no larger than
// defaultMaxFileSize; see collectList.
func collect(args []string, cfg *config.Config, stdin io.Reader, stdinName string, warn io.Writer) ([]engine.Input, error) {
	return collectMax(args, cfg, stdin, stdinName, warn, defaultMaxFileSize)
}

// collectMax is collectList's inputs as a slice.
func collectMax(args []string, cfg *config.Config, stdin io.Reader, stdinName string, warn io.Writer, maxSize int64) ([]engine.Input, error) {
	l, err := collectList(args, cfg, stdin, stdinName, warn, maxSize)
	if err != nil {
		return nil, err
	}
	return l.Slice(), nil
}

// collectList turns command-line paths into inputs: files as named, folders
// walked for article files (hidden folders and what .gitignore ignores are
// left out, and the config's include and exclude globs apply), "-" as
// standard input named stdinName. Only regular files of at most maxSize
// bytes are read (see readFile). A path that cannot be read does not stop
// the collection: its input's Read returns the error, so the run reports
// the other files and names this one.
func collectList(args []string, cfg *config.Config, stdin io.Reader, stdinName string, warn io.Writer, maxSize int64) (*inputList, error) {
	if len(args) == 0 {
		args = []string{"."}
	}
	var inputs listBuilder
	// The list is kept to the end of the run, and a folder's walk lists
	// each file once: duplicates are looked for (by a map of every path)
	// only among several paths, which is where they come from.
	var seen map[string]bool // by absolute path: "a.txt" and "../news/a.txt" are one file
	if len(args) > 1 {
		seen = map[string]bool{}
	}
	abs := absFrom()
	add := func(in engine.Input) {
		if seen != nil {
			key := abs(in.Path)
			if seen[key] {
				return
			}
			seen[key] = true
		}
		inputs.add(in)
	}
	readWalked := func(path string) ([]byte, error) { return readWalkedFile(path, maxSize) }
	stdinSeen := false
	for _, arg := range args {
		if arg == "-" {
			if stdinSeen {
				return nil, fmt.Errorf("standard input (-) given twice")
			}
			stdinSeen = true
			in, err := readStdin(stdin, stdinName, maxSize)
			if err != nil {
				return nil, err
			}
			inputs.add(in)
			continue
		}
		st, err := os.Stat(arg)
		if err == nil && st.IsDir() {
			from, found := inputs.Len(), false
			err := walkEach(arg, cfg, warn, func(wf walkedFile) {
				found = true
				add(wf.input(maxSize, readWalked))
			})
			if err != nil {
				return nil, err
			}
			if !found {
				noArticles(warn, arg, cfg)
			}
			inputs.sortFrom(from)
			continue
		}
		// a file named outright (or one that cannot be looked at: missing,
		// a name too long) is read as given, following a link wherever it goes
		arg = filepath.Clean(arg)
		f, _ := article.FormatOf(arg) // a file named outright is read whatever its extension
		add(engine.Input{Path: arg, Format: f, Read: func() ([]byte, error) { return readFile(arg, maxSize, false) }})
	}
	if stdinSeen && stdinName != "" {
		// results and fixes are keyed by path: standard input named like a
		// file also checked would be taken for it, and fix would write the
		// one's text over the other
		if seen[abs(stdinName)] { // with one path, it is standard input alone
			return nil, fmt.Errorf("--stdin-filename %s names a file that is also being checked; give it another name", stdinName)
		}
	}
	return inputs.done(readWalked), nil
}

// readStdin reads standard input at once (it can be read only once), at
// most maxSize bytes: more is the input's error, not the run's.
func readStdin(stdin io.Reader, name string, maxSize int64) (engine.Input, error) {
	if name == "" {
		name = "<stdin>"
	}
	f, _ := article.FormatOf(name)
	in := engine.Input{Path: name, Format: f, Stdin: true}
	data, err := readLimited(stdin, 0, maxSize)
	switch {
	case errors.Is(err, errTooLarge):
		in.Read = func() ([]byte, error) { return nil, err }
	case err != nil:
		return in, fmt.Errorf("reading standard input: %w", err)
	default:
		in.Read = func() ([]byte, error) { return data, nil }
	}
	return in, nil
}

// walkedFile is a file the walk found, or an entry it could not look into.
type walkedFile struct {
	path  string
	link  bool  // a symbolic link (to a file inside the walked folder)
	other bool  // not a regular file when walked: a named pipe, a socket, a device
	err   error // the entry could not be read (a folder without permission, say)
}

// input is the file as an input to check. A plain file is read by
// readWalked, shared by all of them: a closure for each, kept with the list
// to the end of the run, would cost a run over many files memory for
// nothing. A link, an entry that could not be read, or one that was not a
// regular file (refused by readFile without being opened) has its own.
func (w walkedFile) input(maxSize int64, readWalked func(string) ([]byte, error)) engine.Input {
	f, _ := article.FormatOf(w.path)
	in := engine.Input{Path: w.path, Format: f, ReadPath: readWalked}
	switch {
	case w.err != nil:
		in.Read = func() ([]byte, error) { return nil, w.err }
	case w.link:
		in.Read = func() ([]byte, error) { return readFile(w.path, maxSize, false) }
	case w.other:
		in.Read = func() ([]byte, error) { return readFile(w.path, maxSize, true) }
	}
	return in
}

// walkEach calls visit with each article file under root, in the order of
// the walk (by folder), keeping none of them: files with an article
// extension, or, when the config has include globs, any file they match
// (read as plain text unless its extension says otherwise). A symbolic
// link to nothing, or to a file outside root, is left out with a warning on
// warn: a link to /etc/passwd or /proc/self/environ in a folder of articles
// must not put them in the report. An entry that cannot be read is visited
// with its error, and the walk goes on. The config's own files (its
// dictionary and names lists) are never visited: they are not articles.
func walkEach(root string, cfg *config.Config, warn io.Writer, visit func(walkedFile)) error {
	root = filepath.Clean(root)
	ign := newIgnorer(root) // the root itself is never asked: a folder named outright is checked
	start := root
	if st, err := os.Lstat(root); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		start += string(filepath.Separator) // a link named outright is followed: WalkDir would not
	}
	inside := insideOf(root)
	isData := configData(cfg)
	rel := relFrom(cfg.Dir)
	return filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		path = filepath.Clean(path) // the root as given, whatever start is
		if err != nil {
			if d == nil && path == root {
				return err // the root itself is gone
			}
			visit(walkedFile{path: path, err: err}) // *PathError names it
			return nil                              // a folder: skip it; the rest goes on
		}
		link := d.Type()&fs.ModeSymlink != 0 && path != root
		if link {
			if skip, why := linkToSkip(path, inside); skip {
				if why != "" {
					fmt.Fprintf(warn, "copydesk: %s: skipped: %s\n", path, why)
				}
				return nil
			}
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path != root && ign.ignored(path, d.IsDir()) {
			if d.IsDir() {
				return filepath.SkipDir // git's rule: nothing under an ignored folder comes back
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, ok := article.FormatOf(path); !ok && len(cfg.Include) == 0 || !cfg.Selects(rel(path)) || isData(path) {
			return nil
		}
		visit(walkedFile{path: path, link: link, other: !link && !d.Type().IsRegular()})
		return nil
	})
}

// insideOf returns a test of whether a resolved absolute path is inside
// root (root itself included), by root's resolved absolute path.
func insideOf(root string) func(string) bool {
	resolved, err := filepath.EvalSymlinks(root)
	if err == nil {
		resolved, err = filepath.Abs(resolved)
	}
	if err != nil {
		return func(string) bool { return false } // every link then leaves it
	}
	return func(p string) bool { return inside(resolved, p) }
}

// linkToSkip says whether the walk leaves out the symbolic link at path,
// and why, for a warning. A link to a file inside the walked folder is
// followed. A link to a folder inside is left out quietly, as WalkDir
// leaves it: what it leads to is walked already.
func linkToSkip(path string, inside func(string) bool) (skip bool, why string) {
	st, err := os.Stat(path)
	if err != nil {
		return true, fmt.Sprintf("a symbolic link to nothing (%v)", errors.Unwrap(err))
	}
	resolved, err := filepath.EvalSymlinks(path)
	if err == nil {
		resolved, err = filepath.Abs(resolved)
	}
	if err != nil || !inside(resolved) {
		target, _ := os.Readlink(path)
		return true, fmt.Sprintf("a symbolic link out of the folder being checked (to %s); name it outright to check it", target)
	}
	return st.IsDir(), ""
}

// relFrom returns a function that makes paths relative to base as
// worktree.Rel does, from the working folder as it is now (see absFrom).
func relFrom(base string) func(string) string {
	if _, err := os.Getwd(); err != nil { // worktree.Rel then leaves each path as it is
		return func(path string) string { return worktree.Rel(base, path) }
	}
	abs := absFrom()
	ab := abs(base)
	return func(path string) string {
		if rel, err := filepath.Rel(ab, abs(path)); err == nil {
			return rel
		}
		return path
	}
}

// absFrom returns a function that makes paths absolute from the working
// folder as it is now: filepath.Abs would ask the system for the folder on
// every call, once per file of a large run.
func absFrom() func(string) string {
	cwd, _ := os.Getwd()
	return func(path string) string {
		if filepath.IsAbs(path) {
			return filepath.Clean(path)
		}
		return filepath.Join(cwd, path)
	}
}
