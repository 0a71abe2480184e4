package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden runs `copydesk check` with every default rule on each article
// in testdata/golden and compares the text report with its .golden file
// (rewrite with -update and review the diff). The example article is one.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/golden/*")
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
			got := out.String() + errb.String()
			golden := name + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if string(want) != got {
				t.Errorf("%s differs from its golden file (run with -update and review):\n--- want\n%s\n--- got\n%s", f, want, got)
			}
		})
	}
}
