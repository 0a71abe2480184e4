package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The hostile conditions of `copydesk fix` writing files (issue 18): each
// test sets one up at test time and checks that fix leaves the file alone,
// names it, exits 2, and still fixes the other files.

const (
	needsFix = "We met the the mayor.\n" // one safe fix: the repeated "the"
	fixedTxt = "We met the mayor.\n"
)

// hook sets beforeReplace for the test: it runs after the fixed text is
// written to the temporary file and before the file is checked and replaced.
func hook(t *testing.T, f func(target string)) {
	t.Helper()
	beforeReplace = f
	t.Cleanup(func() { beforeReplace = func(string) {} })
}

func readString(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wantNotFixed checks the exit status and that stderr names the file with
// the reason.
func wantNotFixed(t *testing.T, code int, stderr, file, reason string) {
	t.Helper()
	if code != exitError {
		t.Errorf("exit %d, want %d\n%s", code, exitError, stderr)
	}
	if !strings.Contains(stderr, file+": "+reason) {
		t.Errorf("stderr does not say %q of %s:\n%s", reason, file, stderr)
	}
	if !strings.Contains(stderr, "not fixed (see above)") {
		t.Errorf("no summary of the files not fixed:\n%s", stderr)
	}
}

// TestFixLinkSwappedIn: a symbolic link put in place of an article while
// fix runs (to a file outside the folder) is not written through; the
// file it points to keeps its text and the link stays a link.
func TestFixLinkSwappedIn(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	victim := filepath.Join(outside, "victim.conf")
	write(t, victim, "secret = 1\n")
	write(t, filepath.Join(dir, "a.txt"), needsFix)
	write(t, filepath.Join(dir, "b.txt"), needsFix)
	hook(t, func(target string) {
		if filepath.Base(target) == "a.txt" {
			os.Remove(target)
			if err := os.Symlink(victim, target); err != nil {
				t.Error(err)
			}
		}
	})
	code, _, stderr := copydesk(t, dir, "fix", ".")
	wantNotFixed(t, code, stderr, "a.txt", "changed since it was read")
	if got := readString(t, victim); got != "secret = 1\n" {
		t.Errorf("the link's target was overwritten: %q", got)
	}
	if st, err := os.Lstat(filepath.Join(dir, "a.txt")); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("a.txt is no longer the link swapped in: %v, %v", st, err)
	}
	if got := readString(t, filepath.Join(dir, "b.txt")); got != fixedTxt {
		t.Errorf("b.txt not fixed: %q", got)
	}
}

// TestFixLinkOutOfTree: a link found by walking a folder is fixed through
// only when it leads to a file inside that folder; a link named outright is
// followed wherever it leads.
func TestFixLinkOutOfTree(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	far := filepath.Join(outside, "far.txt")
	write(t, far, needsFix)
	write(t, filepath.Join(dir, "news", "near.txt"), needsFix)
	for link, to := range map[string]string{"out.txt": far, "in.txt": filepath.Join(dir, "news", "near.txt")} {
		if err := os.Symlink(to, filepath.Join(dir, "news", link)); err != nil {
			t.Fatal(err)
		}
	}
	write(t, filepath.Join(dir, "news", "sub", "deep.txt"), needsFix)
	if err := os.Symlink(filepath.Join("sub", "deep.txt"), filepath.Join(dir, "news", "rel.txt")); err != nil {
		t.Fatal(err) // a relative link that stays in the folder
	}
	code, _, stderr := copydesk(t, dir, "fix", "news")
	if strings.Contains(stderr, "rel.txt: a symbolic link") || readString(t, filepath.Join(dir, "news", "sub", "deep.txt")) != fixedTxt {
		t.Errorf("a relative link inside the folder walked was refused or its file left unfixed:\n%s", stderr)
	}
	if got := readString(t, far); got != needsFix {
		t.Errorf("a link out of the folder walked was written through: %q\n%s", got, stderr)
	}
	if code == exitError && !strings.Contains(stderr, "out.txt: a symbolic link to "+far) {
		t.Errorf("the link refused is not named with where it leads:\n%s", stderr)
	}
	if got := readString(t, filepath.Join(dir, "news", "near.txt")); got != fixedTxt {
		t.Errorf("near.txt not fixed: %q", got)
	}
	if code, _, stderr := copydesk(t, dir, "fix", filepath.Join("news", "out.txt")); code != exitOK || readString(t, far) != fixedTxt {
		t.Errorf("a link named outright was not fixed through: exit %d\n%s", code, stderr)
	}
}

// TestFixEditSavedMeanwhile: text saved to an article while fix runs is
// kept; the article is named and left for the next run. An edit that keeps
// the size and the time is caught by the bytes.
func TestFixEditSavedMeanwhile(t *testing.T) {
	for name, edit := range map[string]func(p string) error{
		"appended": func(p string) error {
			f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = f.WriteString("A late paragraph.\n")
			return err
		},
		"same size and time": func(p string) error {
			st, err := os.Stat(p)
			if err != nil {
				return err
			}
			if err := os.WriteFile(p, []byte(strings.ToUpper(needsFix)), 0o644); err != nil {
				return err
			}
			return os.Chtimes(p, st.ModTime(), st.ModTime())
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.txt")
			write(t, p, needsFix)
			var saved string
			hook(t, func(target string) {
				if err := edit(target); err != nil {
					t.Error(err)
				}
				saved = readString(t, target)
			})
			code, _, stderr := copydesk(t, dir, "fix", "a.txt")
			wantNotFixed(t, code, stderr, "a.txt", "changed since it was read")
			if got := readString(t, p); got != saved {
				t.Errorf("the edit was lost: %q, want %q", got, saved)
			}
		})
	}
}

// TestFixGoesOn: a file that cannot be written (deleted, read-only) is
// named, the files after it are still fixed, and the run exits 2 with a
// summary.
func TestFixGoesOn(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
		write(t, filepath.Join(dir, n), needsFix)
	}
	if err := os.Chmod(filepath.Join(dir, "c.txt"), 0o444); err != nil {
		t.Fatal(err)
	}
	hook(t, func(target string) {
		if filepath.Base(target) == "a.txt" {
			os.Remove(target)
		}
	})
	code, _, stderr := copydesk(t, dir, "fix", ".")
	if code != exitError {
		t.Errorf("exit %d, want %d\n%s", code, exitError, stderr)
	}
	for _, want := range []string{"a.txt: gone since it was read; not fixed", "c.txt: the file is read-only",
		"b.txt: 1 fix", "d.txt: 1 fix", "2 fixes applied in 2 files", "2 files not fixed (see above)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for n, want := range map[string]string{"b.txt": fixedTxt, "c.txt": needsFix, "d.txt": fixedTxt} {
		if got := readString(t, filepath.Join(dir, n)); got != want {
			t.Errorf("%s = %q, want %q", n, got, want)
		}
	}
}

// TestFixReadFails: a file that cannot be read as fix starts (here a FIFO
// in the folder, which would block a read for ever, and a file that is not
// text) is named and skipped; the others are fixed.
func TestFixReadFails(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), needsFix)
	write(t, filepath.Join(dir, "b.txt"), "\xff\xfeA\x00 \x00s\x00t\x00o\x00r\x00y\x00")
	write(t, filepath.Join(dir, "c.txt"), needsFix)
	if err := mkfifo(filepath.Join(dir, "pipe.txt")); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	code, _, stderr := copydesk(t, dir, "fix", ".")
	if code != exitError {
		t.Errorf("exit %d, want %d\n%s", code, exitError, stderr)
	}
	for _, want := range []string{"pipe.txt: not a regular file", "b.txt", "2 fixes applied in 2 files", "2 files not fixed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, n := range []string{"a.txt", "c.txt"} {
		if got := readString(t, filepath.Join(dir, n)); got != fixedTxt {
			t.Errorf("%s not fixed: %q", n, got)
		}
	}
}

// TestRemoveStaleTemps: only our temporary files, for an article still
// there, untouched for a minute, are removed.
func TestRemoveStaleTemps(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * staleAge)
	files := map[string]bool{ // name → removed
		"a.txt":                     false,
		".a.txt.copydesk-123":       true,
		".a.txt.copydesk-456":       false, // written to just now: another fix may be writing it
		".gone.txt.copydesk-789":    false, // no article of that name
		".a.txt.copydesk-12x":       false,
		"a.txt.copydesk-1":          false,
		".a.txt.copydesk-":          false,
		".a.txt.copydesk-99.backup": false,
	}
	for n := range files {
		write(t, filepath.Join(dir, n), "")
		if n != ".a.txt.copydesk-456" {
			if err := os.Chtimes(filepath.Join(dir, n), old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, ".a.txt.copydesk-555")); err != nil {
		t.Fatal(err)
	}
	files[".a.txt.copydesk-555"] = false // a link, not a file we made
	var warn strings.Builder
	removeStaleTemps([]string{dir}, time.Now(), &warn)
	for n, removed := range files {
		_, err := os.Lstat(filepath.Join(dir, n))
		if gone := os.IsNotExist(err); gone != removed {
			t.Errorf("%s: removed = %v, want %v", n, gone, removed)
		}
	}
	if !strings.Contains(warn.String(), ".a.txt.copydesk-123: removed") {
		t.Errorf("removal not said: %q", warn.String())
	}
	// and fix runs it: a stale file beside an article fixed is gone after
	write(t, filepath.Join(dir, ".a.txt.copydesk-321"), "")
	if err := os.Chtimes(filepath.Join(dir, ".a.txt.copydesk-321"), old, old); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := copydesk(t, dir, "fix", "a.txt"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if _, err := os.Lstat(filepath.Join(dir, ".a.txt.copydesk-321")); !os.IsNotExist(err) {
		t.Errorf("fix left the stale temporary file: %v", err)
	}
}

// TestFixLinkInTree: a link to another article of the folder walked is the
// same file: it is fixed once, with no error for the second name.
func TestFixLinkInTree(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), needsFix)
	if err := os.Symlink("a.txt", filepath.Join(dir, "b.txt")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := copydesk(t, dir, "fix", ".")
	if code != exitOK || !strings.Contains(stderr, "b.txt: the same file as a.txt, fixed once") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if got := readString(t, filepath.Join(dir, "a.txt")); got != fixedTxt {
		t.Errorf("a.txt not fixed: %q", got)
	}
}
