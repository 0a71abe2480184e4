package main

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/report"
	"github.com/copydesk/copydesk/rules/all"
)

// TestReadme keeps the README true: it lists every rule and every output
// format, and its quick start names the example article the repo ships.
func TestReadme(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, r := range all.List() {
		if !strings.Contains(readme, "| `"+r.ID+"` |") {
			t.Errorf("README's rule table lacks %s", r.ID)
		}
	}
	for _, f := range report.Formats {
		if !strings.Contains(readme, "**"+f+"**") {
			t.Errorf("README does not describe the %s format", f)
		}
	}
	if !strings.Contains(readme, "go run ./cmd/copydesk check testdata/example.txt") {
		t.Error("README's quick start does not check testdata/example.txt")
	}
	if _, err := os.Stat("../../testdata/example.txt"); err != nil {
		t.Error(err)
	}
}
