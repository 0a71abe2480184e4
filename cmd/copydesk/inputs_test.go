package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copydesk runs the command in dir (the test's working folder from then on)
// and returns its exit status and output.
func copydesk(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir) // restored when the test ends
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWalk: what a walked folder yields.
func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main\n")
	write(t, filepath.Join(dir, ".gitignore"), "*.skip.md\n")
	write(t, filepath.Join(dir, ".copydesk.yml"), "include: [\"**/*.md\", \"**/*.rst\"]\n")
	write(t, filepath.Join(dir, "news", "a.md"), "the the\n")
	write(t, filepath.Join(dir, "news", "b.skip.md"), "the the\n")
	write(t, filepath.Join(dir, "news", "c.rst"), "the the\n")
	write(t, filepath.Join(dir, "news", "d.txt"), "the the\n") // not included
	if err := os.Symlink("nowhere.md", filepath.Join(dir, "news", "e.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	code, out, errs := copydesk(t, filepath.Join(dir, "news"), "check", "-f", "github", ".", "..", "../news/a.md")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitFindings, errs)
	}
	for _, want := range []string{"file=a.md", "file=c.rst"} {
		if strings.Count(out, want) != 1 {
			t.Errorf("%s reported %d times, want once:\n%s", want, strings.Count(out, want), out)
		}
	}
	for _, not := range []string{"b.skip.md", "d.txt", "../news/a.md"} {
		if strings.Contains(out, not) {
			t.Errorf("%s should not be checked (parent .gitignore, include, one file by two paths):\n%s", not, out)
		}
	}
	if !strings.Contains(errs, "e.md: skipped: a symbolic link to nothing") {
		t.Errorf("no warning for the broken link: %q", errs)
	}
}

// TestFixFiles: fix writes through a symbolic link, refuses a read-only
// file, and a report written with --output is an ordinary readable file.
func TestFixFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "real.txt"), "the the end\n")
	if err := os.Symlink("real.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if code, _, errs := copydesk(t, dir, "fix", "link.txt"); code != exitOK {
		t.Fatalf("fix through a link: exit %d: %s", code, errs)
	}
	if st, err := os.Lstat(filepath.Join(dir, "link.txt")); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", st.Mode(), err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "real.txt")); string(b) != "the end\n" {
		t.Errorf("the target was not fixed: %q", b)
	}

	ro := filepath.Join(dir, "ro.txt")
	write(t, ro, "the the end\n")
	if err := os.Chmod(ro, 0o444); err != nil {
		t.Fatal(err)
	}
	code, _, errs := copydesk(t, dir, "fix", "ro.txt")
	if b, _ := os.ReadFile(ro); code != exitError || string(b) != "the the end\n" || !strings.Contains(errs, "ro.txt: the file is read-only") {
		t.Errorf("read-only file: exit %d, text %q, stderr %q", code, b, errs)
	}

	copydesk(t, dir, "check", "-f", "json", "-o", "report.json", "real.txt")
	if st, err := os.Stat(filepath.Join(dir, "report.json")); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("report mode %v (%v), want 0644", st.Mode().Perm(), err)
	}
	code, _, errs = copydesk(t, dir, "check", "-o", filepath.Join(dir, "no", "such", "r.txt"), "real.txt")
	if code != exitError || !strings.Contains(errs, "--output "+filepath.Join(dir, "no", "such", "r.txt")) {
		t.Errorf("bad --output: exit %d, stderr %q", code, errs)
	}
}

// TestBaselineElsewhere: a baseline holds paths relative to its own folder,
// so it works from any working folder.
func TestBaselineElsewhere(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "desk", "a.txt"), "the the end\n")
	if code, _, errs := copydesk(t, filepath.Join(dir, "desk"), "check", "--write-baseline", "base.json", "a.txt"); code != exitOK {
		t.Fatalf("write-baseline: exit %d: %s", code, errs)
	}
	if code, out, _ := copydesk(t, dir, "check", "--baseline", "desk/base.json", "desk/a.txt"); code != exitOK {
		t.Errorf("from the folder above: exit %d, want 0 (all findings in the baseline):\n%s", code, out)
	}
}

// TestStdinNamedLikeAFile: standard input named like a file also being
// fixed is refused, rather than written over that file.
func TestStdinNamedLikeAFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "story.txt"), "The the cat sat.\n")
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code := run([]string{"fix", "story.txt", "-", "--stdin-filename", "story.txt"}, strings.NewReader("Other  text.\n"), &out, &errb)
	if b, _ := os.ReadFile(filepath.Join(dir, "story.txt")); code != exitError || string(b) != "The the cat sat.\n" {
		t.Errorf("exit %d, story.txt now %q; stderr %q", code, b, errb.String())
	}
}

// TestIgnoredFolderNamed: a folder named outright is checked even when a
// .gitignore above it ignores it.
func TestIgnoredFolderNamed(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main\n")
	write(t, filepath.Join(dir, ".gitignore"), "drafts/\n")
	write(t, filepath.Join(dir, "drafts", "a.md"), "the the\n")
	for _, tc := range []struct{ in, arg string }{{dir, "drafts"}, {filepath.Join(dir, "drafts"), "."}} {
		if code, out, _ := copydesk(t, tc.in, "check", "-f", "github", tc.arg); code != exitFindings || !strings.Contains(out, "a.md") {
			t.Errorf("check %s in %s: exit %d, want the finding in a.md:\n%s", tc.arg, tc.in, code, out)
		}
	}
	if code, out, _ := copydesk(t, dir, "check", "-f", "github", "."); code != exitOK || strings.Contains(out, "a.md") {
		t.Errorf("check . at the top: exit %d, drafts/ should be ignored:\n%s", code, out)
	}
}
