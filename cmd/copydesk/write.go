package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// rename is os.Rename; tests replace it to simulate a write interrupted
// before the new file takes the old one's place.
var rename = os.Rename

// beforeReplace runs after the fixed text is in its temporary file and
// before the file is checked a last time and replaced; tests use it to
// swap in a link or save an edit at exactly that moment.
var beforeReplace = func(target string) {}

// target is a file to replace: the path as the user or the walk gave it,
// what it was when read, and the folder it was found in by a walk ("" when
// it was named outright).
type target struct {
	path string
	read stamp
	orig []byte
	tree string
}

// writeAtomic replaces t.path with data so that a reader, or a crash, sees
// either the old file whole or the new one whole: the data goes to a
// temporary file in the same folder (so the rename cannot cross devices),
// is synced, given the old file's owner, group and mode, then renamed over
// it. A symbolic link named outright, or leading to a file inside the
// folder walked, is followed: the file it points to is fixed and the link
// stays. Nothing is replaced that the user may not write, that is read-only,
// or that is no longer the file read with the bytes read.
func writeAtomic(t target, data []byte) error {
	file, err := resolve(t)
	if err != nil {
		return err
	}
	st, err := os.Stat(file)
	if err != nil {
		return err
	}
	if st.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s: the file is read-only; not fixed (make it writable, or use --diff)", t.path)
	}
	if err := mayWrite(file); err != nil {
		return fmt.Errorf("%s: you may not write this file (%w); not fixed", t.path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".copydesk-*")
	if err != nil {
		return fmt.Errorf("%s: writing fixes: %w", t.path, err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := keepOwner(tmp, t.read); err != nil {
		return fmt.Errorf("%s: cannot give the new file the old one's owner and group (%w); not fixed", t.path, cause(err))
	}
	if err := fill(tmp, data, st); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", t.path, err)
	}
	beforeReplace(file)
	if err := unchanged(t, file); err != nil {
		return err
	}
	if err := rename(tmp.Name(), file); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", t.path, err)
	}
	ok = true
	return nil
}

// resolve returns the file to replace: t.path, or where a symbolic link
// leads when following it is allowed.
func resolve(t target) (string, error) {
	lst, err := os.Lstat(t.path)
	if err != nil {
		return "", err // *PathError names the file
	}
	if lst.Mode()&os.ModeSymlink == 0 {
		return t.path, nil
	}
	file, err := filepath.EvalSymlinks(t.path)
	if err == nil {
		file, err = filepath.Abs(file) // a relative link gives a relative path, which inside cannot place
	}
	if err != nil {
		return "", err
	}
	if t.tree != "" && !inside(t.tree, file) {
		return "", fmt.Errorf("%s: a symbolic link to %s, outside %s; not fixed (name the link outright to fix the file it leads to)",
			t.path, file, t.tree)
	}
	return file, nil
}

// inside reports whether file (absolute, links resolved) is in folder dir.
func inside(dir, file string) bool {
	rel, err := filepath.Rel(dir, file)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// fill writes the fixed text to the temporary file, gives it the
// original's mode (after its owner: a change of owner may clear mode bits)
// and syncs it.
func fill(tmp *os.File, data []byte, st os.FileInfo) error {
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	return tmp.Close()
}

// cause is err without the temporary file's name, which means nothing to
// the user.
func cause(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// unchanged checks, as late as can be, that file is still the one read:
// the same inode, size and time, and the same bytes. An edit saved while
// fix ran, or a link swapped in for the file, leaves it alone.
func unchanged(t target, file string) error {
	lst, err := os.Lstat(file)
	if err != nil {
		return fmt.Errorf("%s: gone since it was read; not fixed", t.path)
	}
	now, err := stampOf(file, lst)
	if err != nil || now != t.read {
		return fmt.Errorf("%s: changed since it was read; not fixed (run fix again)", t.path)
	}
	data, err := os.ReadFile(file)
	if err != nil || !bytes.Equal(data, t.orig) {
		return fmt.Errorf("%s: changed since it was read; not fixed (run fix again)", t.path)
	}
	return nil
}
