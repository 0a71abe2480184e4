package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPreCommitPinnedRev runs the README's pre-commit snippet as a desk
// would: the rev it names must be a commit of this repository that has
// the hooks (a tag that does not exist made every install fail), and the
// real pre-commit, given a config pinned to it, must run the checking hook.
// The repository is this clone, not GitHub: the test needs no network.
func TestPreCommitPinnedRev(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^    rev: ([0-9a-f]+)`).FindSubmatch(readme)
	if m == nil || len(m[1]) != 40 {
		t.Fatalf("README's pre-commit snippet does not pin a full commit hash (rev: %q)", m)
	}
	rev := string(m[1])
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, ".git")); err != nil {
		t.Skip("not in a git checkout")
	}
	if out, err := exec.Command("git", "-C", root, "cat-file", "-e", rev+":.pre-commit-hooks.yaml").CombinedOutput(); err != nil {
		t.Fatalf("README's rev %s is not a commit of this repository with .pre-commit-hooks.yaml: %v %s", rev, err, out)
	}
	if testing.Short() {
		t.Skip("running pre-commit skipped in -short mode")
	}
	bin, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit not installed (apt-get install pre-commit); skipping")
	}
	modcache, _ := exec.Command("go", "env", "GOMODCACHE").Output()
	scratch := t.TempDir()
	repo := filepath.Join(scratch, "desk")
	env := append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(scratch, ".cache"),
		"GOMODCACHE="+strings.TrimSpace(string(modcache)),
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	para := "The council voted on Tuesday to close the library on the high street next spring."
	config := "repos:\n  - repo: " + root + "\n    rev: " + rev + "\n    hooks:\n      - id: copydesk\n"
	if err := os.MkdirAll(repo, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"story.txt":               "Library to close\n" + para + "\n" + para + "\n",
		".pre-commit-config.yaml": config,
	} {
		if err := os.WriteFile(filepath.Join(repo, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}} {
		if out, err := run("git", args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	out, err := run(bin, "run", "--files", "story.txt")
	if err == nil || !strings.Contains(out, "duplicate-block") {
		t.Errorf("pre-commit run with rev %s: err = %v, want the hook to fail on the pasted paragraph:\n%s", rev, err, out)
	}
}
