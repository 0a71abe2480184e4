//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

const nobody = 65534 // the unprivileged user and group of most systems

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }

// sharedFolder makes a folder every user may write, as /tmp is, holding a
// copy of the test binary named copydesk (TestMain runs the CLI when it is
// started under that name) that every user may run.
func sharedFolder(t *testing.T) (dir, bin string) {
	t.Helper()
	dir, err := os.MkdirTemp("", "copydesk-perm-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	bin = filepath.Join(dir, "copydesk")
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, bin
}

// asNobody runs `copydesk args...` in dir as the unprivileged user and
// returns its exit status, standard output and standard error.
func asNobody(t *testing.T, dir, bin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = []string{"HOME=" + dir, "NO_COLOR=1"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		return ee.ExitCode(), out.String(), errb.String()
	}
	if err != nil {
		t.Skipf("cannot run copydesk as user %d here: %v", nobody, err)
	}
	return 0, out.String(), errb.String()
}

func owner(t *testing.T, p string) (uid, gid uint32) {
	t.Helper()
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	sys := st.Sys().(*syscall.Stat_t)
	return sys.Uid, sys.Gid
}

// TestFixRespectsPermissions: an unprivileged user, in a folder anyone may
// write, cannot have fix replace a root-owned file they may not write, nor
// one they may write but whose owner the replacement could not keep. It
// needs root to set the scene, and is skipped otherwise.
func TestFixRespectsPermissions(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run fix as another user; run the tests as root to check permissions")
	}
	dir, bin := sharedFolder(t)
	cases := []struct {
		mode   os.FileMode
		reason string
	}{
		{0o644, "you may not write this file"},
		{0o666, "cannot give the new file the old one's owner and group"},
	}
	for _, c := range cases {
		p := filepath.Join(dir, "a.txt")
		write(t, p, needsFix)
		if err := os.Chmod(p, c.mode); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := asNobody(t, dir, bin, "fix", "a.txt")
		if code != exitError || !strings.Contains(stderr, "a.txt: "+c.reason) {
			t.Errorf("mode %v: exit %d, stderr %q; want 2 and %q", c.mode, code, stderr, c.reason)
		}
		if got := readString(t, p); got != needsFix {
			t.Errorf("mode %v: the file was replaced: %q", c.mode, got)
		}
		if uid, gid := owner(t, p); uid != 0 || gid != 0 {
			t.Errorf("mode %v: owner now %d:%d, want 0:0", c.mode, uid, gid)
		}
	}
}

// TestFixKeepsOwner: root fixing another user's file leaves it theirs.
func TestFixKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to give a file to another user")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	write(t, p, needsFix)
	if err := os.Chown(p, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := copydesk(t, dir, "fix", "a.txt"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if got := readString(t, p); got != fixedTxt {
		t.Errorf("not fixed: %q", got)
	}
	if uid, gid := owner(t, p); uid != nobody || gid != nobody {
		t.Errorf("owner now %d:%d, want %d:%d", uid, gid, nobody, nobody)
	}
}
