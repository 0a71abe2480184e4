package main

import (
	"fmt"
	"io"
)

// baselineNote says on w how many findings the baseline at path hid, so a
// clean report over an old archive is not taken for a clean archive.
func baselineNote(w io.Writer, path string, hidden int) {
	what := "no finding"
	if hidden > 0 {
		what = fmt.Sprintf("%d %s", hidden, plural(hidden, "finding", "findings"))
	}
	fmt.Fprintf(w, "copydesk: the baseline %s hid %s\n", path, what)
}
