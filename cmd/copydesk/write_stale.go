package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// staleTemp is the name writeAtomic gives its temporary file (os.CreateTemp
// puts a random decimal number for the "*"), with the name of the file
// being fixed as group 1.
var staleTemp = regexp.MustCompile(`^\.(.+)\.copydesk-[0-9]+$`)

// staleAge is how old a temporary file must be before it is taken for one
// left by a fix that was killed, not one another fix is still writing.
const staleAge = time.Minute

// removeStaleTemps removes, from the given folders, the temporary files of
// a fix that was killed before it could rename or remove them. To be sure
// never to remove a user's file, only a regular file is removed whose name
// is exactly our pattern for a file that still exists beside it, and that
// has not been written to for staleAge. Each removal is said on warn.
func removeStaleTemps(dirs []string, now time.Time, warn io.Writer) {
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue // the files in it will report their own errors
		}
		for _, e := range entries {
			m := staleTemp.FindStringSubmatch(e.Name())
			if m == nil || !e.Type().IsRegular() {
				continue
			}
			if _, err := os.Lstat(filepath.Join(dir, m[1])); err != nil {
				continue // no such article: not ours to judge
			}
			info, err := e.Info()
			if err != nil || now.Sub(info.ModTime()) < staleAge {
				continue
			}
			p := filepath.Join(dir, e.Name())
			if err := os.Remove(p); err == nil {
				fmt.Fprintf(warn, "copydesk: %s: removed, a temporary file left by an interrupted fix\n", p)
			}
		}
	}
}
