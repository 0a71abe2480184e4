package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/rules/config"
)

// The list of a folder's files is in path order, as the slice it replaces
// was ("a-c.txt" before "a/b.txt", though the walk meets folder a first);
// a link keeps its own Read; the list holds each name and four bytes, and
// each folder once a run of its files.
func TestInputList(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a/b.txt", "a/z.txt", "a-c.txt", "a.txt", "b/c/d.txt", "b.c.txt"} {
		write(t, filepath.Join(dir, name), "text\n")
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, "l.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	l, err := collectList([]string{dir}, &config.Config{}, nil, "", io.Discard, defaultMaxFileSize)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i := range l.Len() {
		if in := l.Input(i); in.Path != l.Path(i) {
			t.Errorf("input %d: path %q, Path says %q", i, in.Path, l.Path(i))
		}
		paths = append(paths, l.Path(i))
	}
	rel := func(s string) string { r, _ := filepath.Rel(dir, s); return filepath.ToSlash(r) }
	var got []string
	for _, p := range paths {
		got = append(got, rel(p))
	}
	want := []string{"a-c.txt", "a.txt", "a/b.txt", "a/z.txt", "b.c.txt", "b/c/d.txt", "l.txt"}
	if !slices.Equal(got, want) {
		t.Fatalf("paths %q, want %q", got, want)
	}
	for i, p := range got {
		in := l.Input(i)
		if (p == "l.txt") != (in.Read != nil) {
			t.Errorf("%s: has its own Read: %v", p, in.Read != nil)
		}
		if data, err := in.Load(); err != nil || string(data) != "text\n" {
			t.Errorf("%s: read %q, %v", p, data, err)
		}
	}
	size := 0
	for _, p := range paths {
		size += len(filepath.Base(p))
	}
	// folder runs: dir (a-c.txt, a.txt), dir/a, dir (b.c.txt), dir/b/c, dir (l.txt)
	if len(l.names) != size || len(l.folders) != 5 || len(l.own) != 1 {
		t.Errorf("the list keeps %d bytes of names for %d, %d folder runs (want 5) and %d inputs whole (want 1)", len(l.names), size, len(l.folders), len(l.own))
	}
}

// Sorting the files of one folder named on the command line leaves the
// inputs of the folders before it as they were (their own Reads too) and
// puts only the new ones in path order.
func TestInputListSortsEachFolder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"x/a/b.txt", "x/a-c.txt", "y/a/b.txt", "y/a-c.txt"} {
		write(t, filepath.Join(dir, name), "text\n")
	}
	if err := os.Symlink("a-c.txt", filepath.Join(dir, "x", "l.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	l, err := collectList([]string{filepath.Join(dir, "x"), filepath.Join(dir, "y")}, &config.Config{}, nil, "", io.Discard, defaultMaxFileSize)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range l.Len() {
		r, _ := filepath.Rel(dir, l.Path(i))
		got = append(got, filepath.ToSlash(r))
		if in := l.Input(i); (filepath.Base(r) == "l.txt") != (in.Read != nil) || in.Path != l.Path(i) {
			t.Errorf("%s: input %q, own Read %v", r, in.Path, in.Read != nil)
		}
	}
	want := []string{"x/a-c.txt", "x/a/b.txt", "x/l.txt", "y/a-c.txt", "y/a/b.txt"}
	if !slices.Equal(got, want) {
		t.Fatalf("paths %q, want %q", got, want)
	}
}
