package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	ignore "github.com/sabhiram/go-gitignore"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// collect turns command-line paths into inputs: files as named, folders
// walked for article files (hidden folders and what .gitignore ignores are
// left out, and the config's include and exclude globs apply), "-" as
// standard input named stdinName.
func collect(args []string, cfg *rules.Config, stdin io.Reader, stdinName string, warn io.Writer) ([]rules.Input, error) {
	if len(args) == 0 {
		args = []string{"."}
	}
	var inputs []rules.Input
	seen := map[string]bool{} // by absolute path: "a.txt" and "../news/a.txt" are one file
	cwd, _ := os.Getwd()
	abs := func(path string) string {
		if filepath.IsAbs(path) {
			return filepath.Clean(path)
		}
		return filepath.Join(cwd, path) // filepath.Abs would ask the OS for the working folder each time
	}
	add := func(path string, f article.Format) {
		if key := abs(path); !seen[key] {
			seen[key] = true
			inputs = append(inputs, rules.Input{Path: path, Format: f, Read: func() ([]byte, error) { return os.ReadFile(path) }})
		}
	}
	stdinSeen := false
	for _, arg := range args {
		if arg == "-" {
			if stdinSeen {
				return nil, fmt.Errorf("standard input (-) given twice")
			}
			stdinSeen = true
			name := stdinName
			if name == "" {
				name = "<stdin>"
			}
			f, _ := article.FormatOf(name)
			data, err := io.ReadAll(stdin)
			if err != nil {
				return nil, fmt.Errorf("reading standard input: %w", err)
			}
			inputs = append(inputs, rules.Input{Path: name, Format: f, Stdin: true, Read: func() ([]byte, error) { return data, nil }})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			return nil, err // *PathError names the file
		}
		if !st.IsDir() {
			f, _ := article.FormatOf(arg) // a file named outright is read whatever its extension
			add(filepath.Clean(arg), f)
			continue
		}
		files, err := walk(arg, cfg, warn)
		if err != nil {
			return nil, err
		}
		for _, p := range files {
			f, _ := article.FormatOf(p)
			add(p, f)
		}
	}
	if stdinSeen && stdinName != "" {
		// results and fixes are keyed by path: standard input named like a
		// file also checked would be taken for it, and fix would write the
		// one's text over the other
		if seen[abs(stdinName)] {
			return nil, fmt.Errorf("--stdin-filename %s names a file that is also being checked; give it another name", stdinName)
		}
	}
	return inputs, nil
}

// walk lists the article files under root, sorted: files with an article
// extension, or, when the config has include globs, any file they match
// (read as plain text unless its extension says otherwise). A symbolic
// link to nothing is left out with a warning on warn.
func walk(root string, cfg *rules.Config, warn io.Writer) ([]string, error) {
	var out []string
	ignores := map[string]*ignore.GitIgnore{} // folder → its .gitignore
	above := gitignoresAbove(root)
	if above.ignores(root, root, true) {
		above = nil // a folder named outright is checked even if a .gitignore above ignores it
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if _, err := os.Stat(path); err != nil {
				fmt.Fprintf(warn, "copydesk: %s: skipped: a symbolic link to nothing (%v)\n", path, errors.Unwrap(err))
				return nil
			}
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path != root && (ignored(ignores, root, path, d.IsDir()) || above.ignores(root, path, d.IsDir())) { // the root: see above
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if gi, err := ignore.CompileIgnoreFile(filepath.Join(path, ".gitignore")); err == nil {
				ignores[path] = gi
			}
			return nil
		}
		if _, ok := article.FormatOf(path); !ok && len(cfg.Include) == 0 || !cfg.Selects(rules.RelPath(cfg.Dir, path)) {
			return nil
		}
		out = append(out, path)
		return nil
	})
	sort.Strings(out)
	return out, err
}

// ignored asks the .gitignore of every folder from root down to path's.
func ignored(ignores map[string]*ignore.GitIgnore, root, path string, dir bool) bool {
	for d := filepath.Dir(path); ; d = filepath.Dir(d) {
		if gi := ignores[d]; gi != nil {
			rel := filepath.ToSlash(rules.RelPath(d, path))
			if dir {
				rel += "/"
			}
			if gi.MatchesPath(rel) {
				return true
			}
		}
		if d == root || d == "." || d == filepath.Dir(d) {
			return false
		}
	}
}

// ancestorIgnores are the .gitignore files of the folders above a walked
// folder, up to the top of its git work tree: "copydesk check news" in a
// repository honours the repository's own .gitignore, as git does.
type ancestorIgnores []struct {
	prefix string // the walked folder's path from this .gitignore's folder
	gi     *ignore.GitIgnore
}

func gitignoresAbove(root string) ancestorIgnores {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil
	}
	top, ok := rules.WorkTreeTop(abs)
	if !ok || top == abs {
		return nil // no work tree, or root is its top: nothing above counts
	}
	var out ancestorIgnores
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		if gi, err := ignore.CompileIgnoreFile(filepath.Join(d, ".gitignore")); err == nil {
			rel, _ := filepath.Rel(d, abs)
			out = append(out, struct {
				prefix string
				gi     *ignore.GitIgnore
			}{filepath.ToSlash(rel), gi})
		}
		if d == top {
			return out
		}
	}
}

// ignores asks the .gitignore files above the walked folder root about
// path, a path the walk of root yields.
func (a ancestorIgnores) ignores(root, path string, dir bool) bool {
	if len(a) == 0 {
		return false
	}
	rel, err := filepath.Rel(root, path) // both as the walk gives them: no file system call
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	if dir {
		rel += "/"
	}
	for _, x := range a {
		p := x.prefix + "/" + rel
		if rel == "./" || rel == "." {
			p = x.prefix + strings.TrimPrefix(rel, ".")
		}
		if x.gi.MatchesPath(p) {
			return true
		}
	}
	return false
}
