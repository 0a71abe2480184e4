package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDiffName: a path git apply would refuse is named from the top of its
// work tree.
func TestDiffName(t *testing.T) {
	top := t.TempDir()
	if err := os.MkdirAll(filepath.Join(top, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(top, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(top, "sub"))
	for path, want := range map[string]string{
		"story.md":                          "story.md",
		"./news/story.md":                   "news/story.md",
		"../story.md":                       "story.md",
		filepath.Join(top, "sub", "x.html"): "sub/x.html",
	} {
		if got := diffName(path); got != want {
			t.Errorf("diffName(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestDiffQuotesNamesAsGit: an odd file name is quoted in the headers
// exactly as git diff quotes it, and git apply takes the patch.
func TestDiffQuotesNamesAsGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not found; skipping")
	}
	before, after := "one teh\n", "one the\n"
	for _, name := range []string{"plain.txt", "sp ace.txt", "a\tb.txt", "new\nline.txt", `q"uote.txt`,
		`back\slash.txt`, "café.txt", "bell\a\x1b.txt", "bad\xff.txt"} {
		t.Run(strconv.Quote(name), func(t *testing.T) {
			patch := Diff(name, []byte(before), []byte(after))
			header := strings.SplitN(patch, "\n", 3)
			if want := gitDiffHeader(t, name, before, after); header[0]+"\n"+header[1] != want {
				t.Errorf("headers\n%s\n%s\nwant (git diff)\n%s", header[0], header[1], want)
			}
			gitApply(t, name, map[string][2]string{name: {before, after}}, patch)
		})
	}
}

// gitDiffHeader returns the "---" and "+++" lines git diff writes for a
// change of the file name from before to after, with git's default quoting.
func gitDiffHeader(t *testing.T, name, before, after string) string {
	t.Helper()
	dir := t.TempDir()
	git := func(args ...string) string {
		cmd := exec.Command("git", append([]string{"-c", "core.quotePath=true", "-c", "user.name=t",
			"-c", "user.email=t@t", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	git("init", "-q")
	if err := os.WriteFile(filepath.Join(dir, name), []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	git("add", "--", name)
	git("commit", "-qm", "x")
	if err := os.WriteFile(filepath.Join(dir, name), []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
	out := git("diff")
	if i := strings.Index(out, "\n--- "); i >= 0 {
		return strings.Join(strings.SplitN(out[i+1:], "\n", 3)[:2], "\n")
	}
	t.Fatal("git diff wrote no --- line")
	return ""
}
