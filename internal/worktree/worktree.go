// Package worktree has the path helpers the config, the engine and the
// command share: the top of the git work tree a folder is in, and a path
// relative to a folder.
package worktree

import (
	"os"
	"path/filepath"
)

// Top is the nearest folder at or above dir (made absolute) that
// holds a .git: the top of the git work tree dir is in. ok is false outside
// any work tree.
func Top(dir string) (top string, ok bool) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d, true
		}
		if d == filepath.Dir(d) {
			return "", false
		}
		d = filepath.Dir(d)
	}
}

// Rel is path relative to base, or path itself when that fails.
func Rel(base, path string) string {
	wd, _ := os.Getwd()
	return RelFrom(wd, base, path)
}

// RelFrom is Rel with the working folder given ("" when it is unknown), for
// a caller that asks many times: finding it is a system call.
func RelFrom(wd, base, path string) string {
	abs := func(p string) (string, bool) {
		switch {
		case filepath.IsAbs(p):
			return filepath.Clean(p), true
		case wd == "":
			return "", false
		}
		return filepath.Join(wd, p), true // as filepath.Abs makes it
	}
	ab, ok1 := abs(base)
	ap, ok2 := abs(path)
	if !ok1 || !ok2 {
		return path
	}
	if rel, err := filepath.Rel(ab, ap); err == nil {
		return rel
	}
	return path
}
