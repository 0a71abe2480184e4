package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHooks drives the real pre-commit tool (Debian's package,
// installed by .ci/run) with `pre-commit try-repo` against a scratch
// repository: the checking hook fails on an article with a pasted
// paragraph, and the fixing hook repairs it.
func TestPreCommitHooks(t *testing.T) {
	if testing.Short() {
		t.Skip("pre-commit test skipped in -short mode")
	}
	bin, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit not installed (apt-get install pre-commit); skipping")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, ".git")); err != nil {
		t.Skip("not in a git checkout; pre-commit try-repo needs one")
	}
	modcache, _ := exec.Command("go", "env", "GOMODCACHE").Output()
	scratch := t.TempDir()
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(scratch, ".cache"),
		"GOMODCACHE="+strings.TrimSpace(string(modcache)), // reuse downloaded modules
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	repo := filepath.Join(scratch, "desk")
	sh := func(want bool, name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		if (err == nil) != want {
			t.Fatalf("%s %s: err = %v, want success %v\n%s", name, strings.Join(args, " "), err, want, out)
		}
		return string(out)
	}
	if err := os.MkdirAll(repo, 0o755); err != nil {
		t.Fatal(err)
	}
	para := "The council voted on Tuesday to close the library on the high street next spring."
	story := "Library to close\n" + para + "\nResidents said they would campaign.\n" + para + "\n"
	if err := os.WriteFile(filepath.Join(repo, "story.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	sh(true, "git", "init", "-q")
	sh(true, "git", "add", "story.txt")

	out := sh(false, bin, "try-repo", root, "copydesk", "--files", "story.txt")
	if !strings.Contains(out, "duplicate-block") {
		t.Errorf("checking hook output lacks the finding:\n%s", out)
	}
	sh(false, bin, "try-repo", root, "copydesk-fix", "--files", "story.txt") // fails: files were modified
	fixed, _ := os.ReadFile(filepath.Join(repo, "story.txt"))
	if want := "Library to close\n" + para + "\nResidents said they would campaign.\n"; string(fixed) != want {
		t.Errorf("fixing hook left:\n%q\nwant\n%q", fixed, want)
	}
	sh(true, bin, "try-repo", root, "copydesk", "--files", "story.txt")
}
