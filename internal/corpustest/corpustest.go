// Package corpustest finds, for tests and benchmarks, the data kept beside
// the repository in ../shared (the corpora in ../shared/corpus, the SARIF
// schema), which a user's clone does not have.
//
// Three rules, the same in every package:
//
//   - Without ../shared a test skips and says why; but when the environment
//     variable CI is set, it fails: CI must not pass without measuring.
//   - -short means "no corpus": every test that reads one skips, so that
//     `go test -race -short ./...` stays quick.
//   - COPYDESK_LONG=1 opts in to the long corpus runs (Long). An environment
//     variable, not a flag: every test binary of `go test ./...` sees it, where a
//     flag after -args is refused by each package that does not define it.
package corpustest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// LongEnv is the environment variable that opts in to the long corpus runs.
const LongEnv = "COPYDESK_LONG"

// Shared returns ../shared/<parts> seen from the repository root (the
// folder holding go.mod). When it is absent the test skips, or fails under
// CI.
func Shared(t testing.TB, parts ...string) string {
	t.Helper()
	root, err := repoRoot()
	if err != nil {
		missing(t, err.Error())
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		missing(t, filepath.Join(append([]string{"../shared"}, parts...)...)+" not found beside the repository")
	}
	return p
}

// Dir returns the corpus folder ../shared/corpus/<parts>. It skips in
// -short mode, and without the corpus as Shared does.
func Dir(t testing.TB, parts ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("reads ../shared/corpus: skipped in -short mode")
	}
	return Shared(t, append([]string{"corpus"}, parts...)...)
}

// Long skips the test unless COPYDESK_LONG=1 asks for the long corpus runs
// (a larger sample, the slower measurements).
func Long(t testing.TB) {
	t.Helper()
	if !IsLong() {
		t.Skipf("long corpus run: set %s=1 to run it", LongEnv)
	}
}

// IsLong reports whether COPYDESK_LONG=1 asks for the long corpus runs, for
// a test that only grows its sample then.
func IsLong() bool { return os.Getenv(LongEnv) == "1" }

// missing skips the test with msg, or fails it when CI is set.
func missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s; CI is set, so this is a failure, not a skip", msg)
	}
	t.Skipf("%s; skipping (under CI this fails)", msg)
}

// repoRoot is the nearest folder above the working directory holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// Article is one file of a corpus: its path relative to the corpus folder,
// with forward slashes ("sport/199.txt"), and its bytes.
type Article struct {
	Path string
	Src  []byte
}

// BBC reads the BBC articles (../shared/corpus/bbc-fulltext/<section>/*.txt),
// sorted by path; with sections, only those ("politics"). It skips or fails
// as Dir does, and fails when the folder holds no article.
func BBC(t testing.TB, sections ...string) []Article {
	t.Helper()
	dir := Dir(t, "bbc-fulltext")
	if len(sections) == 0 {
		sections = []string{"*"}
	}
	var paths []string
	for _, s := range sections {
		ps, err := filepath.Glob(filepath.Join(dir, s, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	if len(paths) == 0 {
		t.Fatalf("no BBC articles in %s/%s", dir, strings.Join(sections, ","))
	}
	arts := make([]Article, 0, len(paths))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, Article{Path: filepath.ToSlash(rel), Src: src})
	}
	slices.SortFunc(arts, func(a, b Article) int { return strings.Compare(a.Path, b.Path) })
	return arts
}
