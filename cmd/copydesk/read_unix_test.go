//go:build unix

package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostileTree is a folder of articles with everything in it that once hung
// a run, filled its memory or leaked files from elsewhere into the report.
// It returns the folder and a secret written outside it.
func hostileTree(t *testing.T) (dir, secret string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "news")
	elsewhere := t.TempDir()
	secret = "SECRET-" + filepath.Base(elsewhere)
	write(t, filepath.Join(elsewhere, "passwd"), "root:x:0:0:"+secret+" the the:/root:/bin/sh\n")
	write(t, filepath.Join(dir, "a.txt"), "The the cat sat.\n")
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("The cat sat on the mat. ", 100))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Skip("cannot build the hostile tree here:", err)
		}
	}
	must(syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	must(os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")))
	must(os.Symlink("/dev/stdin", filepath.Join(dir, "stdin.txt")))
	must(os.Symlink("/proc/self/environ", filepath.Join(dir, "env.txt")))
	must(os.Symlink(filepath.Join(elsewhere, "passwd"), filepath.Join(dir, "passwd.txt")))
	must(os.Symlink("a.txt", filepath.Join(dir, "same.txt"))) // inside: read
	must(os.Symlink(".", filepath.Join(dir, "loop.md")))      // a folder inside: left out quietly
	l, err := net.Listen("unix", filepath.Join(dir, "sock.txt"))
	must(err)
	t.Cleanup(func() { l.Close() })
	return dir, secret
}

// runBounded runs copydesk in dir and fails the test if it has not ended in
// a minute: the probes below used to hang for ever, and a hang should fail
// here rather than time out the whole test binary.
func runBounded(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	t.Chdir(dir)
	go func() {
		var out, errb bytes.Buffer
		code := run(args, strings.NewReader(""), &out, &errb)
		done <- result{code, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(time.Minute):
		t.Fatalf("copydesk %s did not end", strings.Join(args, " "))
		return 0, "", ""
	}
}

// TestHostileTree: a named pipe, a socket, links to devices, to the
// process's environment and to a file outside the folder, and a file over
// the size limit. The run ends; the links that leave the folder are left
// out with a warning; what cannot be read is an error naming it; the
// articles are reported; nothing from outside reaches the report.
func TestHostileTree(t *testing.T) {
	dir, secret := hostileTree(t)
	t.Setenv("COPYDESK_TEST_SECRET", secret)
	code, out, errs := runBounded(t, dir, "check", "-f", "json", "--max-file-size", "1KB", ".")
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	for _, want := range []string{
		"pipe.txt: not a regular file (a named pipe)",
		"sock.txt: not a regular file (a socket)",
		"big.txt: file too large: it is over the limit of 1 KB",
		"zero.txt: skipped: a symbolic link out of the folder being checked (to /dev/zero)",
		"stdin.txt: skipped: a symbolic link out of the folder",
		"env.txt: skipped: ", // out of the folder, or to nothing where there is no /proc
		"passwd.txt: skipped: a symbolic link out of the folder",
		"3 files could not be checked",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	for _, want := range []string{`"a.txt"`, `"same.txt"`} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, secret) || strings.Contains(errs, secret) || strings.Contains(out, "loop.md") {
		t.Errorf("the report reads outside the folder, or a linked folder:\n%s\n%s", out, errs)
	}
}

// TestNamedOutright: a link named on the command line is followed wherever
// it goes (the user asked for it), a link to a folder is walked, but a pipe
// or device named outright is refused, not read.
func TestNamedOutright(t *testing.T) {
	dir, secret := hostileTree(t)
	code, out, errs := runBounded(t, dir, "check", "--color", "never", "passwd.txt", "pipe.txt", "zero.txt")
	if code != exitError || !strings.Contains(out, secret) ||
		!strings.Contains(errs, "pipe.txt: not a regular file (a named pipe)") ||
		!strings.Contains(errs, "zero.txt: not a regular file (a character device)") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if err := os.Symlink(dir, filepath.Join(filepath.Dir(dir), "desk")); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runBounded(t, filepath.Dir(dir), "check", "-f", "github", "desk")
	if !strings.Contains(out, "file=desk/a.txt") {
		t.Errorf("a link to a folder named outright is not walked: exit %d\n%s", code, out)
	}
}

// TestUnreadable: as an ordinary user, a file and a folder the user may not
// read are each an error naming them, and the rest is checked. Root reads
// everything, so the real binary runs as nobody (uid 65534).
func TestUnreadable(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to run the command as another user")
	}
	top, bin := sharedFolder(t)
	dir := filepath.Join(top, "news")
	write(t, filepath.Join(dir, "a.txt"), "The the cat sat.\n")
	write(t, filepath.Join(dir, "secret.txt"), "The the dog.\n")
	write(t, filepath.Join(dir, "private", "b.txt"), "The the bird.\n")
	if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "private"), 0o700); err != nil {
		t.Fatal(err)
	}
	code, out, errb := asNobody(t, top, bin, "check", "-f", "github", "news")
	t.Logf("as nobody: exit %d\n%s%s", code, out, errb)
	if code != exitError || !strings.Contains(out, "file=news/a.txt") ||
		!strings.Contains(errb, "news/secret.txt: permission denied") ||
		!strings.Contains(errb, "news/private: permission denied") ||
		!strings.Contains(errb, "2 files could not be checked") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errb)
	}
}

// TestDeepTree: a folder whose path is longer than the system takes
// (ENAMETOOLONG) is an error naming it; the walk goes on around it.
func TestDeepTree(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "The the cat sat.\n")
	t.Chdir(dir)
	name := strings.Repeat("d", 200)
	for range 25 { // 5,000 bytes: over PATH_MAX (4,096), made one step at a time
		if err := os.Mkdir(name, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chdir(name); err != nil {
			t.Fatal(err)
		}
	}
	write(t, "deep.txt", "The the dog.\n")
	code, out, errs := runBounded(t, dir, "check", "-f", "github", ".")
	if code != exitError || !strings.Contains(out, "file=a.txt") ||
		!strings.Contains(errs, "file name too long") || !strings.Contains(errs, "1 file could not be checked") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
}

// TestReadWalkedSwapped: what replaced a walked file after the walk (a
// named pipe, a socket, a link, a device) is refused at once with the
// error readFile gives, not read, and a pipe does not hang the read.
func TestReadWalkedSwapped(t *testing.T) {
	dir, _ := hostileTree(t)
	for name, want := range map[string]string{
		"pipe.txt": "not a regular file (a named pipe)",
		"sock.txt": "not a regular file (a socket)",
		"zero.txt": "not a regular file (a symbolic link that was not one when the folder was walked)",
		"same.txt": "not a regular file (a symbolic link that was not one when the folder was walked)",
		"gone.txt": "no such file or directory",
	} {
		path := filepath.Join(dir, name)
		done := make(chan error, 1)
		go func() {
			_, err := readWalkedFile(path, defaultMaxFileSize)
			done <- err
		}()
		select {
		case err := <-done:
			_, old := readFile(path, defaultMaxFileSize, true)
			if err == nil || !strings.Contains(err.Error(), want) || err.Error() != old.Error() {
				t.Errorf("%s: %v, want %q (as readFile: %v)", name, err, want, old)
			}
		case <-time.After(time.Minute):
			t.Fatalf("%s: the read did not end", name)
		}
	}
	if data, err := readWalkedFile(filepath.Join(dir, "a.txt"), defaultMaxFileSize); err != nil || string(data) != "The the cat sat.\n" {
		t.Errorf("a.txt: %q, %v", data, err)
	}
}
