package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// rename is os.Rename; tests replace it to simulate a write interrupted
// before the new file takes the old one's place.
var rename = os.Rename

// writeAtomic replaces path with data so that a reader, or a crash, sees
// either the old file whole or the new one whole: the data goes to a
// temporary file in the same folder (so the rename cannot cross devices),
// is synced to disk, given the old file's mode, then renamed over it. A
// symbolic link is followed, so the file it points to is fixed and the link
// stays a link. A read-only file is not fixed: the rename could replace it,
// but its mode says it is not to be changed.
func writeAtomic(path string, data []byte) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	st, err := os.Stat(target)
	if err != nil {
		return err
	}
	if st.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s: the file is read-only; not fixed (make it writable, or use --diff)", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".copydesk-*")
	if err != nil {
		return fmt.Errorf("%s: writing fixes: %w", path, err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", path, err)
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", path, err)
	}
	if err := rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", path, err)
	}
	ok = true
	return nil
}
