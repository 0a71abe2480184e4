package main

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/internal/worktree"
)

// This file reads .gitignore files and applies them as git does, for a
// folder git cannot be asked about (no work tree, or no git installed):
//
//   - in one file, the last pattern that matches a path decides ("!" takes
//     a path back in);
//   - a deeper .gitignore decides before a shallower one, and
//     .git/info/exclude comes last;
//   - an ignored folder is not entered, so nothing under it can be taken
//     back in (the walk skips it; see walk).

// pattern is one line of a .gitignore.
type pattern struct {
	glob     string // for wildmatch, without "!", the trailing "/" and a leading "/"
	negate   bool   // "!": a match takes the path back in
	dirOnly  bool   // a trailing "/": matches folders only
	basename bool   // no "/" in it: matched against the last path element
}

// ignoreFile is the patterns of one .gitignore, in file order.
type ignoreFile []pattern

// parseIgnore reads a .gitignore's text as git does (dir.c:
// add_patterns_from_buffer, trim_trailing_spaces, parse_path_pattern).
func parseIgnore(data []byte) ignoreFile {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var out ignoreFile
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		line = trimTrailingSpaces(strings.TrimSuffix(line, "\r"))
		var p pattern
		if strings.HasPrefix(line, "!") {
			p.negate, line = true, line[1:]
		}
		if strings.HasSuffix(line, "/") {
			p.dirOnly, line = true, line[:len(line)-1]
		}
		p.basename = !strings.Contains(line, "/")
		p.glob = strings.TrimPrefix(line, "/") // "/a" and "a/b" are both from the file's folder
		if p.glob != "" {
			out = append(out, p)
		}
	}
	return out
}

// trimTrailingSpaces drops trailing spaces not escaped by a backslash.
func trimTrailingSpaces(s string) string {
	end := len(s) // after the last byte that stays
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
		case '\\':
			i++
			if i == len(s) {
				return s // a trailing "\" stays; the pattern then matches nothing
			}
			end = i + 1
		default:
			end = i + 1
		}
	}
	return s[:end]
}

// verdict is what one .gitignore says of a path.
type verdict int

const (
	noMatch verdict = iota
	exclude
	include
)

// match says what the file says of rel, a slash path from its folder.
func (f ignoreFile) match(rel string, dir bool) verdict {
	for i := len(f) - 1; i >= 0; i-- {
		p := f[i]
		if p.dirOnly && !dir {
			continue
		}
		if p.matches(rel) {
			if p.negate {
				return include
			}
			return exclude
		}
	}
	return noMatch
}

// matches says whether the pattern matches rel, a slash path from the
// .gitignore's folder.
func (p pattern) matches(rel string) bool {
	if p.basename {
		return wildmatch(p.glob, path.Base(rel))
	}
	// git (dir.c: match_pathname) compares the part before the first
	// special byte as text and matches only the rest as a glob, which
	// then starts a path element of its own: "a**/b" matches "ax/y/b"
	lit := p.glob
	if i := strings.IndexAny(lit, `*?[\`); i >= 0 {
		lit = lit[:i]
	}
	rest, ok := strings.CutPrefix(rel, lit)
	return ok && wildmatch(p.glob[len(lit):], rest)
}

// readIgnore reads the .gitignore (or info/exclude) at name; nil when there
// is none. Like git, it takes only a regular file, not a link.
func readIgnore(name string) ignoreFile {
	if st, err := os.Lstat(name); err != nil || !st.Mode().IsRegular() {
		return nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil // git too passes over a .gitignore it cannot read
	}
	return parseIgnore(data)
}

// matcher answers for the walk of one folder from the .gitignore files.
type matcher struct {
	root  string
	files map[string]ignoreFile // by folder, as the walk names it; nil: none
	above []aboveFile           // the files above root, deepest first
}

// aboveFile is a .gitignore above the walked folder (or info/exclude).
type aboveFile struct {
	prefix string // root's slash path from the file's folder ("" for that folder)
	file   ignoreFile
}

// newMatcher makes the matcher for the walk of root. With above, the
// .gitignore files above root up to the top of its work tree count too,
// unless one of them ignores root or a folder on the way to it: a folder
// named outright is checked, under its own .gitignore files only.
func newMatcher(root string, above bool) *matcher {
	m := &matcher{root: root, files: map[string]ignoreFile{}}
	if above {
		m.above = ignoresAbove(root)
	}
	return m
}

// ignored says whether the walk of m.root leaves path out; path is below
// root, as the walk gives it, and its folder has been walked.
func (m *matcher) ignored(p string, dir bool) bool {
	for d := filepath.Dir(p); ; d = filepath.Dir(d) {
		if v := m.file(d).match(slashRel(d, p), dir); v != noMatch {
			return v == exclude
		}
		if d == m.root || d == filepath.Dir(d) {
			break
		}
	}
	if len(m.above) == 0 {
		return false
	}
	rel := slashRel(m.root, p)
	for _, a := range m.above {
		if v := a.file.match(path.Join(a.prefix, rel), dir); v != noMatch {
			return v == exclude
		}
	}
	return false
}

// file is the .gitignore of the folder dir, read once.
func (m *matcher) file(dir string) ignoreFile {
	f, ok := m.files[dir]
	if !ok {
		f = readIgnore(filepath.Join(dir, ".gitignore"))
		m.files[dir] = f
	}
	return f
}

// ignoresAbove lists the .gitignore files of the folders above root, up to
// the top of its work tree, deepest first, then the work tree's
// .git/info/exclude. It lists none when they ignore root or a folder
// between it and the top, or when root is not in a work tree.
func ignoresAbove(root string) []aboveFile {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil
	}
	top, ok := worktree.Top(abs)
	if !ok || top == "" {
		return nil
	}
	var folders []string // from abs up to top
	for d := abs; ; d = filepath.Dir(d) {
		folders = append(folders, d)
		if d == top || d == filepath.Dir(d) {
			break
		}
	}
	slices.Reverse(folders) // from top down to abs
	type found struct {
		dir  string
		file ignoreFile
	}
	var files []found // deepest first
	if f := readIgnore(filepath.Join(top, ".git", "info", "exclude")); f != nil {
		files = append(files, found{top, f})
	}
	for i := 1; i < len(folders); i++ {
		if f := readIgnore(filepath.Join(folders[i-1], ".gitignore")); f != nil {
			files = slices.Insert(files, 0, found{folders[i-1], f})
		}
		for _, f := range files { // does a file above it ignore folders[i]?
			if v := f.file.match(slashRel(f.dir, folders[i]), true); v != noMatch {
				if v == exclude {
					return nil
				}
				break
			}
		}
	}
	out := make([]aboveFile, len(files))
	for i, f := range files {
		out[i] = aboveFile{prefix: slashRel(f.dir, abs), file: f.file}
		if out[i].prefix == "." {
			out[i].prefix = ""
		}
	}
	return out
}

// slashRel is p's path from dir with "/" between elements; p is dir or
// below it.
func slashRel(dir, p string) string {
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}
