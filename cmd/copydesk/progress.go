package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// minProgressFiles is the smallest run that gets a progress line.
const minProgressFiles = 50

// progress returns a function that draws "checked N/M files" on standard
// error, at most ten times a second, and one that clears it. It draws
// nothing when standard error is not a terminal, when the report itself goes
// to the terminal (it is written there file by file, as they are done), under
// CI, or with TERM=dumb.
func progress(w io.Writer, total int, reportOnTerminal bool) (func(done, total int), func()) {
	f, ok := w.(*os.File)
	if total < minProgressFiles || reportOnTerminal || !ok || !term.IsTerminal(int(f.Fd())) || os.Getenv("CI") != "" || os.Getenv("TERM") == "dumb" {
		return nil, func() {}
	}
	var last time.Time
	drawn := false
	draw := func(done, total int) {
		if now := time.Now(); done == total || now.Sub(last) >= 100*time.Millisecond {
			last, drawn = now, true
			fmt.Fprintf(f, "\rcopydesk: checked %d/%d files (%d%%)", done, total, 100*done/total)
		}
	}
	erase := func() {
		if drawn {
			fmt.Fprint(f, "\r\033[K")
		}
	}
	return draw, erase
}
