package worktree

import (
	"os"
	"path/filepath"
	"testing"
)

// RelFrom, given the working folder, answers as Rel, which finds it itself:
// relative and absolute bases and paths, a path outside the base, and an
// unknown working folder with relative paths (path given back as it is).
func TestRelFrom(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	cases := [][2]string{
		{".", "a/b.txt"},
		{"a", "a/b.txt"},
		{"a", "c/d.txt"},
		{filepath.Join(wd, "a"), "a/b.txt"},
		{"a", filepath.Join(wd, "a", "b.txt")},
		{"/x/y", "/x/y/z.md"},
		{"../up", "here.txt"},
	}
	for _, c := range cases {
		if got, want := RelFrom(wd, c[0], c[1]), Rel(c[0], c[1]); got != want {
			t.Errorf("RelFrom(wd, %q, %q) = %q, Rel gives %q", c[0], c[1], got, want)
		}
	}
	if got := RelFrom("", "a", "a/b.txt"); got != "a/b.txt" {
		t.Errorf("with no working folder, a relative path should come back as it is, got %q", got)
	}
	if got := RelFrom("", "/x", "/x/y/z.md"); got != "y/z.md" {
		t.Errorf("absolute paths need no working folder: got %q, want y/z.md", got)
	}
}
