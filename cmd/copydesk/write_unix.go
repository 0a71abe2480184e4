//go:build unix

package main

import (
	"fmt"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// stamp is what a file was when fix read it: the same device and inode
// (so not a link or another file swapped in since), size and time of last
// change (so not edited since). Owner and group are kept for the
// replacement.
type stamp struct {
	dev, ino uint64
	size     int64
	mtime    int64 // nanoseconds
	uid, gid int
}

// statFile stamps path, following a symbolic link; anything but a regular
// file is refused (a FIFO or a device would hang the read or the write).
func statFile(path string) (stamp, error) {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{}, err // *PathError names the file
	}
	return stampOf(path, st)
}

func stampOf(path string, st os.FileInfo) (stamp, error) {
	if !st.Mode().IsRegular() {
		return stamp{}, fmt.Errorf("%s: not a regular file (%v); not fixed", path, st.Mode().Type())
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return stamp{size: st.Size(), mtime: st.ModTime().UnixNano(), uid: -1, gid: -1}, nil
	}
	//nolint:unconvert // Dev and Ino are narrower than uint64 on some systems
	return stamp{dev: uint64(sys.Dev), ino: uint64(sys.Ino), size: st.Size(), mtime: st.ModTime().UnixNano(),
		uid: int(sys.Uid), gid: int(sys.Gid)}, nil
}

// mayWrite reports whether the user running fix may write the file itself:
// being able to write its folder, and so to rename over it, is not enough.
func mayWrite(path string) error {
	return unix.Access(path, unix.W_OK)
}

// keepOwner gives the replacement the original's owner and group. When
// that is not allowed (a user fixing a file another user owns, in a folder
// both may write), the file is not replaced.
func keepOwner(tmp *os.File, want stamp) error {
	st, err := tmp.Stat()
	if err != nil {
		return err
	}
	now, err := stampOf(tmp.Name(), st)
	if err != nil || want.uid < 0 || now.uid == want.uid && now.gid == want.gid {
		return err
	}
	return tmp.Chown(want.uid, want.gid)
}
