package main

import (
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
func collect(args []string, cfg *rules.Config, stdin io.Reader, stdinName string) ([]rules.Input, error) {
	if len(args) == 0 {
		args = []string{"."}
	}
	var inputs []rules.Input
	seen := map[string]bool{}
	add := func(path string, f article.Format) {
		if !seen[path] {
			seen[path] = true
			inputs = append(inputs, rules.Input{Path: path, Format: f, Read: func() ([]byte, error) { return os.ReadFile(path) }})
		}
	}
	for _, arg := range args {
		if arg == "-" {
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
		files, err := walk(arg, cfg)
		if err != nil {
			return nil, err
		}
		for _, p := range files {
			f, _ := article.FormatOf(p)
			add(p, f)
		}
	}
	return inputs, nil
}

// walk lists the article files under root, sorted.
func walk(root string, cfg *rules.Config) ([]string, error) {
	var out []string
	ignores := map[string]*ignore.GitIgnore{} // folder → its .gitignore
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if ignored(ignores, root, path, d.IsDir()) {
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
		if _, ok := article.FormatOf(path); !ok || !cfg.Selects(rules.RelPath(cfg.Dir, path)) {
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
