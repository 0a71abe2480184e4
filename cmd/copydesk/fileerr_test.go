package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFileErrorsDoNotStopTheRun: a file that cannot be checked is named on
// standard error, the other files are still reported in full, and the exit
// status is 2 at the end, in every format and with --write-baseline.
func TestFileErrorsDoNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Hello wrold.\n")
	write("b-utf16.txt", "\xff\xfeA\x00 \x00s\x00t\x00o\x00r\x00y\x00")
	write("c.txt", "They met on Tuesday. Hello wrold.\n")
	for _, format := range []string{"text", "json", "sarif"} {
		var out, errb bytes.Buffer
		got := run([]string{"check", "--format", format, dir}, strings.NewReader(""), &out, &errb)
		if got != exitError {
			t.Errorf("%s: exit %d, want %d", format, got, exitError)
		}
		for _, f := range []string{"a.txt", "c.txt"} {
			if !strings.Contains(out.String(), f) {
				t.Errorf("%s: the report leaves out %s, a file that could be checked:\n%s", format, f, out.String())
			}
		}
		if !strings.Contains(errb.String(), "b-utf16.txt: not UTF-8 text") ||
			!strings.Contains(errb.String(), "1 file could not be checked") {
			t.Errorf("%s: stderr does not name the bad file and sum up:\n%s", format, errb.String())
		}
	}
	base := filepath.Join(dir, "base.json")
	var out, errb bytes.Buffer
	if got := run([]string{"check", "--write-baseline", base, dir}, strings.NewReader(""), &out, &errb); got != exitError {
		t.Errorf("--write-baseline: exit %d, want %d (%s)", got, exitError, errb.String())
	}
	if b, err := os.ReadFile(base); err != nil || !bytes.Contains(b, []byte("c.txt")) {
		t.Errorf("--write-baseline did not record the files it could check: %s %v", b, err)
	}
}
