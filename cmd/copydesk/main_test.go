package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as the copydesk command inside scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"copydesk": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: the real
// command line, files, standard input, output and exit status. Each script
// starts with the example article in its work folder as example.txt.
func TestScripts(t *testing.T) {
	example, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			return os.WriteFile(filepath.Join(env.WorkDir, "example.txt"), example, 0o644)
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"utf16": cmdUTF16},
	})
}

// cmdUTF16 is the script command `utf16 SRC DST`: it writes the text of
// SRC to DST in UTF-16LE with a byte-order mark, as Windows tools save
// text, so that scripts keep their files readable (txtar holds text).
func cmdUTF16(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: utf16 SRC DST")
	}
	units := utf16.Encode([]rune(ts.ReadFile(args[0])))
	out := []byte{0xff, 0xfe}
	for _, u := range units {
		out = append(out, byte(u), byte(u>>8))
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), out, 0o644))
}

// TestExitCodes: 0 when nothing reaches --fail-on, 1 when findings do, 2 on
// a usage, configuration or I/O error.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.txt")
	dupe := filepath.Join(dir, "dupe.txt")
	badcfg := filepath.Join(dir, "bad.yml")
	utf16 := filepath.Join(dir, "utf16.txt")
	para := "The council voted on Tuesday to close the library on the high street next spring."
	for name, body := range map[string]string{
		clean:  "A short, clean article about nothing in particular.\n",
		dupe:   "Library to close\n" + para + "\n" + para + "\n",
		badcfg: "rules:\n  no-such-rule: {}\n",
		utf16:  "\xff\xfeA\x00 \x00s\x00t\x00o\x00r\x00y\x00",
	} {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"check", "--config", "", clean}, exitOK},
		{[]string{"check", dupe}, exitFindings},
		{[]string{"check", "--fail-on", "error", dupe}, exitOK},
		{[]string{"check", "--fail-on", "info", dupe}, exitFindings},
		{[]string{"check", "--fail-on", "never", dupe}, exitOK},
		{[]string{"check", "--fail-on", "fatal", dupe}, exitError},
		{[]string{"check", "--format", "xml", dupe}, exitError},
		{[]string{"check", filepath.Join(dir, "missing.txt")}, exitError},
		{[]string{"check", "--config", badcfg, clean}, exitError},
		{[]string{"check", utf16}, exitError},
		{[]string{"check", "--color", "sometimes", clean}, exitError},
		{[]string{"check", "-", "-"}, exitError},
		{[]string{"fix", utf16}, exitError},
		{[]string{"check", "--no-such-flag", clean}, exitError},
		{[]string{"rules", "no-such-rule"}, exitError},
		{[]string{"version"}, exitOK},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		got := run(tt.args, strings.NewReader(""), &out, &errb)
		if got != tt.want {
			t.Errorf("copydesk %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(tt.args, " "), got, tt.want, out.String(), errb.String())
		}
		if got == exitError && !strings.Contains(errb.String(), "copydesk:") {
			t.Errorf("copydesk %s: error not reported on stderr: %q", strings.Join(tt.args, " "), errb.String())
		}
		if last := tt.args[len(tt.args)-1]; got == exitError && (last == utf16 || strings.HasSuffix(last, "missing.txt")) &&
			!strings.Contains(errb.String(), last) {
			t.Errorf("copydesk %s: the error does not name the file: %q", strings.Join(tt.args, " "), errb.String())
		}
	}
	if b, err := os.ReadFile(utf16); err != nil || b[0] != 0xff || len(b) != 16 {
		t.Errorf("fix touched a file it refused to read: %q, %v", b, err)
	}
}
