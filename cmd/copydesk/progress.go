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
// nothing when standard error is not a terminal, under CI, or with NO_COLOR
// unset but TERM=dumb.
func progress(w io.Writer, total int) (func(done, total int), func()) {
	f, ok := w.(*os.File)
	if total < minProgressFiles || !ok || !term.IsTerminal(int(f.Fd())) || os.Getenv("CI") != "" || os.Getenv("TERM") == "dumb" {
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
	clear := func() {
		if drawn {
			fmt.Fprint(f, "\r\033[K")
		}
	}
	return draw, clear
}
