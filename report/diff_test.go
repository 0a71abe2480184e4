package report

import (
	"os"
	"path/filepath"
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
