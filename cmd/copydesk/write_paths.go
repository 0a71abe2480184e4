package main

import (
	"os"
	"path/filepath"

	"github.com/copydesk/copydesk/rules/engine"
)

// walkedFrom maps each input found by walking a folder named on the
// command line to that folder (absolute, links resolved): a symbolic link
// found there is followed only to a file inside it. A file named outright
// is not in the map, and a link named outright is followed wherever it
// leads.
func walkedFrom(args []string, inputs []engine.Input) map[string]string {
	type root struct{ given, real string }
	var roots []root
	named := map[string]bool{}
	for _, a := range args {
		st, err := os.Stat(a)
		switch {
		case a == "-" || err != nil:
		case !st.IsDir():
			named[filepath.Clean(a)] = true
		default:
			abs, err1 := filepath.Abs(a)
			resolved, err2 := filepath.EvalSymlinks(abs)
			if err1 == nil && err2 == nil {
				roots = append(roots, root{abs, resolved})
			}
		}
	}
	out := map[string]string{}
	for _, in := range inputs {
		if in.Stdin || named[in.Path] {
			continue
		}
		abs, err := filepath.Abs(in.Path)
		if err != nil {
			continue
		}
		tree, widest := filepath.Dir(abs), -1 // not under a folder named (not expected): its own folder
		for _, r := range roots {
			if inside(r.given, abs) && (widest < 0 || len(r.given) < widest) {
				tree, widest = r.real, len(r.given) // the widest folder named that holds it
			}
		}
		out[in.Path] = tree
	}
	return out
}

// realPath is the file t.path is or leads to, absolute, or "" when that
// cannot be told (writeAtomic then says why).
func realPath(t target) string {
	file, err := filepath.EvalSymlinks(t.path)
	if err != nil {
		return ""
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return ""
	}
	return abs
}

// folders lists the folders of the files (not standard input) being fixed.
func folders(inputs []engine.Input) []string {
	seen := map[string]bool{}
	var out []string
	for _, in := range inputs {
		if d := filepath.Dir(in.Path); !in.Stdin && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}
