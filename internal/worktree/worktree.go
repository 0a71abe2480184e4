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
	ab, err1 := filepath.Abs(base)
	ap, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return path
	}
	if rel, err := filepath.Rel(ab, ap); err == nil {
		return rel
	}
	return path
}
