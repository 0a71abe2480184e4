package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// endless is a reader that never ends, as /dev/zero or a growing log.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	clear(p)
	e.read += int64(len(p))
	return len(p), nil
}

// TestReadLimited: an endless or growing input is cut off just past the
// limit with an error, whatever size it claimed.
func TestReadLimited(t *testing.T) {
	r := &endless{}
	_, err := readLimited(r, 10, 1<<20)
	if !errors.Is(err, errTooLarge) || !strings.Contains(err.Error(), "1 MB") {
		t.Errorf("endless input: %v, want a too-large error naming the 1 MB limit", err)
	}
	if r.read > 1<<20+64<<10 {
		t.Errorf("read %d bytes of an endless input for a 1 MB limit", r.read)
	}
	if b, err := readLimited(strings.NewReader("exactly"), 0, 7); err != nil || string(b) != "exactly" {
		t.Errorf("a file at the limit: %q, %v", b, err)
	}
}

// TestMaxFileSize: a file over --max-file-size is an error naming it and
// the limit; the others are still reported; standard input is held to it too.
func TestMaxFileSize(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "The the cat sat.\n")
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("The cat sat on the mat. ", 100))
	code, out, errs := copydesk(t, dir, "check", "-f", "github", "--max-file-size", "1KB", ".")
	if code != exitError || !strings.Contains(out, "file=a.txt") ||
		!strings.Contains(errs, "big.txt: file too large: it is over the limit of 1 KB (--max-file-size)") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if code, _, errs := copydesk(t, dir, "check", "--max-file-size", "4KB", "."); code != exitFindings {
		t.Errorf("with a 4 KB limit: exit %d, want %d: %s", code, exitFindings, errs)
	}
	if code, _, errs := copydesk(t, dir, "check", "--max-file-size", "lots", "."); code != exitError || !strings.Contains(errs, `"lots" is not a size`) {
		t.Errorf("bad size: exit %d: %s", code, errs)
	}
	var zeros endless // cat /dev/zero | copydesk check -
	inp, err := readStdin(&zeros, "", 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := inp.Read(); !errors.Is(err, errTooLarge) || zeros.read > 64<<10 {
		t.Errorf("endless standard input with a 1 KB limit: %v after %d bytes", err, zeros.read)
	}
}

// TestOutputIsAnInput: --output and --write-baseline refuse a file the run
// reads, by any path or link to it, and leave it as it was.
func TestOutputIsAnInput(t *testing.T) {
	dir := t.TempDir()
	story := "The the cat sat.\n"
	write(t, filepath.Join(dir, "story.txt"), story)
	write(t, filepath.Join(dir, "names.yml"), "- preferred: Gaddafi\n")
	write(t, filepath.Join(dir, "words.txt"), "copydesk\n")
	write(t, filepath.Join(dir, "cfg.yml"), "names_files: [names.yml]\ndictionary_files: [words.txt]\n")
	write(t, filepath.Join(dir, "uk", ".copydesk.yml"), "language: en-GB\n")
	write(t, filepath.Join(dir, "uk", "story.txt"), story)
	links := true
	if err := os.Link(filepath.Join(dir, "story.txt"), filepath.Join(dir, "hard.txt")); err != nil {
		links = false
	}
	for _, tc := range []struct {
		args []string
		want string // in the error
	}{
		{[]string{"check", "-o", "story.txt", "story.txt"}, "--output story.txt is an article being checked (story.txt)"},
		{[]string{"check", "-o", "sub/../story.txt", "."}, "is an article being checked"},
		{[]string{"check", "--diff", "-o", filepath.Join(dir, "story.txt"), "story.txt"}, "is an article being checked"},
		{[]string{"check", "--write-baseline", "./story.txt", "story.txt"}, "--write-baseline ./story.txt is an article being checked"},
		{[]string{"check", "--config", "cfg.yml", "-o", "cfg.yml", "story.txt"}, "is the config file"},
		{[]string{"check", "--config", "cfg.yml", "-o", "names.yml", "story.txt"}, "is a names file of the config"},
		{[]string{"check", "--config", "cfg.yml", "--write-baseline", "words.txt", "story.txt"}, "is a dictionary file of the config"},
		{[]string{"check", "--baseline", "story.txt", "-o", "story.txt", "-"}, "is the --baseline file"},
		{[]string{"check", "-o", "hard.txt", "story.txt"}, "is an article being checked (story.txt)"},
		{[]string{"check", "-o", "uk/.copydesk.yml", "uk"}, "is a config file of a folder checked"},
	} {
		if tc.args[2] == "hard.txt" && !links {
			continue
		}
		code, _, errs := copydesk(t, dir, tc.args...)
		if code != exitError || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", strings.Join(tc.args, " "), code, errs, tc.want)
		}
		for name, want := range map[string]string{"story.txt": story, "names.yml": "- preferred: Gaddafi\n", "words.txt": "copydesk\n",
			"uk/.copydesk.yml": "language: en-GB\n"} {
			if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
				t.Fatalf("%s: %s overwritten: %q", strings.Join(tc.args, " "), name, b)
			}
		}
	}
	if code, _, errs := copydesk(t, dir, "check", "-o", "report.txt", "story.txt"); code != exitFindings {
		t.Errorf("an output elsewhere: exit %d: %s", code, errs)
	}
}

// TestBadEntriesDoNotStopTheRun: a missing file, a name too long for the
// system and a file deleted between the walk and its reading are each an
// error naming the file; the other files are still checked.
func TestBadEntriesDoNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "The the cat sat.\n")
	long := strings.Repeat("x", 300) + ".txt" // over NAME_MAX (255) on every common file system
	code, out, errs := copydesk(t, dir, "check", "-f", "github", "a.txt", "missing.txt", long)
	if code != exitError || !strings.Contains(out, "file=a.txt") ||
		!strings.Contains(errs, "missing.txt: no such file") || !strings.Contains(errs, long[:100]) ||
		!strings.Contains(errs, "2 files could not be checked") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}

	write(t, filepath.Join(dir, "news", "b.txt"), "The the dog.\n")
	write(t, filepath.Join(dir, "news", "gone.txt"), "The the bird.\n")
	cfg, eng, err := setup("", 1)
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := collect([]string{filepath.Join(dir, "news")}, cfg, strings.NewReader(""), "", os.Stderr)
	if err != nil || len(inputs) != 2 {
		t.Fatalf("collect: %d inputs, %v", len(inputs), err)
	}
	if err := os.Remove(filepath.Join(dir, "news", "gone.txt")); err != nil {
		t.Fatal(err)
	}
	res, err := eng.Run(inputs)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Error(), "gone.txt") {
		t.Errorf("deleted mid-run: %d articles, errors %v; want b.txt checked and gone.txt named", len(res.Articles), res.Errors)
	}
}

// TestSizeFlag: sizes as people write them.
func TestSizeFlag(t *testing.T) {
	for in, want := range map[string]int64{"16MB": 16 << 20, "512kb": 512 << 10, "1 G": 1 << 30, "4096": 4096, "100B": 100} {
		var s sizeFlag
		if err := s.Set(in); err != nil || int64(s) != want {
			t.Errorf("%q: %d, %v; want %d", in, s, err, want)
		}
	}
	for _, in := range []string{"", "0", "-1MB", "MB", "1.5MB", "99999999999GB"} {
		var s sizeFlag
		if err := s.Set(in); err == nil {
			t.Errorf("%q accepted as %d", in, s)
		}
	}
	if s := sizeFlag(defaultMaxFileSize); s.String() != "16 MB" {
		t.Errorf("default shown as %q", s.String())
	}
}
