//go:build !unix

package main

import (
	"fmt"
	"os"
)

// stamp is what a file was when fix read it (see write_unix.go); without
// inode numbers, size and time are what is compared.
type stamp struct {
	size  int64
	mtime int64
}

func statFile(path string) (stamp, error) {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{}, err
	}
	return stampOf(path, st)
}

func stampOf(path string, st os.FileInfo) (stamp, error) {
	if !st.Mode().IsRegular() {
		return stamp{}, fmt.Errorf("%s: not a regular file (%v); not fixed", path, st.Mode().Type())
	}
	return stamp{size: st.Size(), mtime: st.ModTime().UnixNano()}, nil
}

// mayWrite relies on the read-only mode check where there is no access(2).
func mayWrite(string) error { return nil }

// keepOwner has nothing to keep where files have no Unix owner.
func keepOwner(*os.File, stamp) error { return nil }
