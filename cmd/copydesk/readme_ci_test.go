package main

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeInstalls keeps the README's install and CI advice to what works
// today (issue 14, items 6 and 7): no `go install …@latest` of a module not
// yet published, no release tag that does not exist, a workflow whose
// token lets upload-sarif read the run, and a word on forks' read-only
// tokens. (.ci/run lints the workflow with actionlint and installs from a
// clone; TestPreCommitPinnedRev runs the pre-commit pin.)
func TestReadmeInstalls(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, bad := range []string{"cmd/copydesk@latest", "rev: v0.1.0"} {
		if strings.Contains(readme, bad) {
			t.Errorf("README still says %q, which does not work", bad)
		}
	}
	for _, want := range []string{"go install ./cmd/copydesk", "actions: read", "security-events: write",
		"uses: copydesk/copydesk@", "changed-only: true", "forks", "read-only"} {
		if !strings.Contains(readme, want) {
			t.Errorf("README lacks %q", want)
		}
	}
}
