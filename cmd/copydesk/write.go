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
// is synced to disk, given the old file's mode, then renamed over it.
func writeAtomic(path string, data []byte) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".copydesk-*")
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
	if err := rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: writing fixes: %w", path, err)
	}
	ok = true
	return nil
}
