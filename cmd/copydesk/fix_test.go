package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/engine"
)

// TestInterruptedWrite: when the write is cut off before the rename, the
// original file is intact and no temporary file is left behind.
func TestInterruptedWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "story.txt")
	orig := []byte("original text\n")
	if err := os.WriteFile(p, orig, 0o640); err != nil {
		t.Fatal(err)
	}
	rename = func(string, string) error { return errors.New("power cut") }
	defer func() { rename = os.Rename }()
	if err := writeAtomic(readTarget(t, p), []byte("new")); err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v, want an error naming the file", err)
	}
	if got, _ := os.ReadFile(p); !bytes.Equal(got, orig) {
		t.Errorf("original changed: %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
	rename = os.Rename
	if err := writeAtomic(readTarget(t, p), []byte("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v not kept", st.Mode().Perm())
	}
}

// readTarget reads the file at p as fix does, for writeAtomic.
func readTarget(t *testing.T, p string) target {
	t.Helper()
	st, err := statFile(p)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return target{path: p, read: st, orig: data}
}

// FuzzFixTwice: fixing a fixed article changes nothing, and fixing never
// fails or loses the bytes no fix touched.
func FuzzFixTwice(f *testing.F) {
	para := "The council voted on Tuesday to close the library on the high street next spring."
	f.Add("Headline\n" + para + "\nOther words here.\n" + para)
	f.Add(para + "\r\n\r\n" + para + "\r\n\r\n" + para + "\r\n")
	f.Add("# T\n\n- " + para + "\n- " + para + "\n")
	_, eng, err := setup("", 1)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		in := []engine.Input{{Path: "a.md", Format: "markdown", Stdin: true, Read: func() ([]byte, error) { return []byte(text), nil }}}
		once, err := fixAll(eng, in, false, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(once.failed) > 0 {
			return // not text (the engine refuses it): nothing to fix twice
		}
		again := []engine.Input{{Path: "a.md", Format: "markdown", Stdin: true, Read: func() ([]byte, error) { return once.fixed["a.md"], nil }}}
		twice, err := fixAll(eng, again, false, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once.fixed["a.md"], twice.fixed["a.md"]) && len(once.notes) == 0 {
			t.Errorf("second fix changed the text:\n%q\n%q", once.fixed["a.md"], twice.fixed["a.md"])
		}
	})
}
