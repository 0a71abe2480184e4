package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/config"
)

// ignoreTree is a tree of nested .gitignore files and negations: each file
// says in its name or a comment why git lists it or not.
var ignoreTree = map[string]string{
	".gitignore": "# comment\n" +
		"/root-only.md\n" +
		"drafts-*\n" +
		"!drafts-top-keep.md\n" +
		"archive/\n" +
		"!archive/keep.md\n" + // cannot come back: archive/ is not entered
		"foo/**\n" +
		"!foo/keep.md\n" + // can: foo/** leaves foo itself alone
		"docs/*.md\n" +
		"**/cache/\n" +
		"a/**/deep.md\n" +
		"[!a]x.md\n" +
		"q?.md\n" +
		"\\#hash.md\n" +
		"\\!bang.md\n" +
		"trailing.md   \n" +
		"spacedir\\ \n" +
		"crlf.md\r\n" +
		"notes.md/\n",
	// the case: a deeper .gitignore takes back what a shallower ignores
	"news/.gitignore":          "drafts-*\n*.txt\n!keep.txt\n",
	"news/sub/.gitignore":      "!drafts-keep.md\n",
	"archive/.gitignore":       "!*\n",
	"sect/.gitignore":          "!q1.md\n",
	"sect2/.gitignore":         "*.txt\n!notes\n", // notes/ back in, its *.txt still out
	"root-only.md":             "",
	"sect/root-only.md":        "",
	"drafts-x.md":              "",
	"drafts-top-keep.md":       "",
	"news/a.md":                "",
	"news/drafts-1.md":         "",
	"news/drafts-top-keep.md":  "", // news/.gitignore decides first
	"news/sub/drafts-keep.md":  "",
	"news/sub/drafts-other.md": "",
	"news/sub/b.txt":           "",
	"news/sub/keep.txt":        "",
	"news/cache/c.md":          "",
	"archive/keep.md":          "",
	"archive/old.md":           "",
	"foo/keep.md":              "",
	"foo/other.md":             "",
	"foo/deep/x.md":            "",
	"docs/a.md":                "",
	"docs/x/b.md":              "",
	"cache/b.md":               "",
	"a/deep.md":                "",
	"a/x/y/deep.md":            "",
	"a/x/other.md":             "",
	"bx.md":                    "",
	"ax.md":                    "",
	"q1.md":                    "",
	"qq1.md":                   "",
	"sect/q1.md":               "",
	"sect/q2.md":               "",
	"sect2/notes/a.txt":        "",
	"sect2/notes/b.md":         "",
	"#hash.md":                 "",
	"!bang.md":                 "",
	"trailing.md":              "",
	"spacedir /a.md":           "",
	"spacedir/b.md":            "",
	"crlf.md":                  "",
	"notes.md":                 "", // a file: "notes.md/" is for folders
	"x/notes.md/a.md":          "",
	".hidden/a.md":             "", // hidden: the walk leaves it out whatever git says
}

// needGit skips a test without git, but fails it in CI, where git must be.
func needGit(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git is not installed, and CI must test the walk against it:", err)
		}
		t.Skip("git is not installed: the walk cannot be compared with it")
	}
	// the user's own excludes file must not enter the comparison
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
}

func runGit(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		var e *exec.ExitError
		if errors.As(err, &e) {
			stderr = e.Stderr
		}
		t.Fatalf("git %s in %s: %v\n%s", strings.Join(args, " "), dir, err, stderr)
	}
	return out
}

// gitListed is what `git ls-files -co --exclude-standard` lists in dir that
// the walk would take: article files outside hidden folders, slash paths
// from dir.
func gitListed(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for name := range bytes.SplitSeq(runGit(t, dir, "ls-files", "-z", "-co", "--exclude-standard"), []byte{0}) {
		p := string(name)
		if _, ok := article.FormatOf(p); !ok || strings.HasPrefix(p, ".") || strings.Contains(p, "/.") {
			continue
		}
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// walked is what walkEach visits under root, as sorted slash paths from
// root.
func walked(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := walkEach(root, &config.Config{}, io.Discard, func(f walkedFile) {
		if f.err != nil {
			t.Errorf("%s: %v", f.path, f.err)
		}
		out = append(out, slashRel(root, f.path))
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func makeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), body)
	}
	return dir
}

func sameList(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\nwalked %q\ngit    %q", what, got, want)
	}
}

// TestWalkIgnoresLikeGit: the walk takes what git lists, in a work tree
// (git asked), in one without git installed and in a plain folder (the
// .gitignore files read here), from the top and from folders inside.
func TestWalkIgnoresLikeGit(t *testing.T) {
	needGit(t)
	dir := makeTree(t, ignoreTree)
	runGit(t, dir, "init", "-q")
	subs := []string{".", "news", "news/sub", "sect2", "foo", "a"}
	want := map[string][]string{}
	for _, sub := range subs {
		want[sub] = gitListed(t, filepath.Join(dir, sub))
	}
	// the case, and git's rule that an ignored folder keeps its files
	for _, p := range []string{"news/sub/drafts-keep.md", "foo/keep.md", "drafts-top-keep.md"} {
		if !slices.Contains(want["."], p) {
			t.Fatalf("git does not list %s: the tree no longer tests what it should: %q", p, want["."])
		}
	}
	for _, p := range []string{"news/sub/drafts-other.md", "archive/keep.md", "news/drafts-top-keep.md", "crlf.md", "spacedir /a.md"} {
		if slices.Contains(want["."], p) {
			t.Fatalf("git lists %s: the tree no longer tests what it should", p)
		}
	}

	t.Run("work tree", func(t *testing.T) {
		if _, ok := newIgnorer(dir).(*gitList); !ok {
			t.Fatal("git is not asked in a work tree")
		}
		for _, sub := range subs {
			sameList(t, sub, walked(t, filepath.Join(dir, sub)), want[sub])
		}
		t.Chdir(filepath.Join(dir, "news")) // relative roots: ".", ".."
		sameList(t, "news as .", walked(t, "."), want["news"])
		sameList(t, "top as ..", walked(t, ".."), want["."])
	})
	t.Run("no git installed", func(t *testing.T) {
		defer func(g string) { gitCommand = g }(gitCommand)
		gitCommand = filepath.Join(dir, "no-such-git")
		if m, ok := newIgnorer(filepath.Join(dir, "news")).(*matcher); !ok || len(m.above) == 0 {
			t.Fatal("without git, the .gitignore files are not read up to the top of the work tree")
		}
		for _, sub := range subs {
			sameList(t, sub, walked(t, filepath.Join(dir, sub)), want[sub])
		}
	})
	t.Run("no work tree", func(t *testing.T) {
		plain := makeTree(t, ignoreTree)
		if _, ok := newIgnorer(plain).(*matcher); !ok {
			t.Fatal("git is asked outside a work tree")
		}
		sameList(t, "a folder in no repository", walked(t, plain), want["."])
	})
}

// TestWalkTrackedAndNested: git's truth beyond .gitignore files: a tracked
// file is walked though a pattern matches it, a repository inside the
// walked one is walked under its own rules, and a folder git ignores is
// walked when named outright.
func TestWalkTrackedAndNested(t *testing.T) {
	needGit(t)
	dir := makeTree(t, map[string]string{
		".gitignore":        "drafts-*\nold/\n",
		"drafts-tracked.md": "",
		"drafts-new.md":     "",
		"old/a.md":          "",
		"old/.gitignore":    "b.md\n",
		"old/b.md":          "",
		"inner/.gitignore":  "x.md\n",
		"inner/x.md":        "",
		"inner/y.md":        "",
		"inner/drafts-z.md": "", // the outer .gitignore is not the inner repository's
	})
	runGit(t, dir, "init", "-q")
	runGit(t, filepath.Join(dir, "inner"), "init", "-q")
	runGit(t, dir, "add", "-f", "drafts-tracked.md")
	sameList(t, "top", walked(t, dir), []string{"drafts-tracked.md", "inner/drafts-z.md", "inner/y.md"})
	sameList(t, "old, named", walked(t, filepath.Join(dir, "old")), []string{"a.md"})
}
