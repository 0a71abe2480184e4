package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestGolden runs `copydesk check` with every default rule on each article
// in testdata/golden and compares the text report with its .golden file
// (rewrite with -update and review the diff). The example article is one.
// The -update flag is ruletest's: a test binary may define it only once.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/golden/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/golden (%v)", err)
	}
	files = append(files, "../../testdata/example.txt")
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			dir, name := filepath.Split(f)
			t.Chdir(dir)
			var out, errb bytes.Buffer
			run([]string{"check", "--config", os.DevNull, "--fail-on", "never", "--color", "never", name}, strings.NewReader(""), &out, &errb)
			ruletest.Golden(t, name+".golden", out.String()+errb.String())
		})
	}
}
