package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ignorer says whether the walk of one folder leaves out a path it yields
// (never the folder itself) because git ignores it.
type ignorer interface {
	ignored(path string, dir bool) bool
}

// gitCommand is the git the walk asks; a test points it at nothing to take
// the path of a machine without git.
var gitCommand = "git"

// newIgnorer is the ignorer for the walk of root. Inside a git work tree,
// git itself lists the files it does not ignore: its own rules (tracked
// files are never ignored, core.excludesFile, info/exclude, every
// .gitignore) are the truth. Outside one, or without git, the .gitignore
// files are read here (see matcher).
func newIgnorer(root string) ignorer {
	switch rootIgnored, err := gitIgnoresFolder(root); {
	case err != nil:
		return newMatcher(root, true) // no git, or no work tree
	case rootIgnored:
		// a folder named outright is checked even though git ignores it,
		// under its own .gitignore files; git would list nothing untracked
		return newMatcher(root, false)
	}
	if g, err := gitFiles(root); err == nil {
		return g
	}
	return newMatcher(root, true)
}

// git is the command that runs git in dir. The variables that point git at a repository are
// dropped: a pre-commit hook sets GIT_DIR and GIT_INDEX_FILE, relative to
// its own folder, and the walked folder's repository is the one asked.
func git(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(gitCommand, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY":
		default:
			cmd.Env = append(cmd.Env, kv)
		}
	}
	return cmd
}

// gitIgnoresFolder asks git whether it ignores the folder dir; an error
// when git cannot be run or dir is in no work tree. The folder goes by its
// real absolute path: git takes "." for "dir/" and then "dir/**" would
// ignore it, while git itself enters dir; and a path through a symbolic
// link is, to git, outside the repository.
func gitIgnoresFolder(dir string) (bool, error) {
	resolved, err := filepath.EvalSymlinks(dir)
	if err == nil {
		resolved, err = filepath.Abs(resolved)
	}
	if err != nil {
		return false, err
	}
	err = git(dir, "check-ignore", "-q", "--", resolved).Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return true, nil
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		return false, nil // a path git does not ignore
	}
	return false, err
}

// gitList is what git lists under one walked folder: the files it tracks
// and the untracked ones it does not ignore.
type gitList struct {
	root   string
	files  map[string]bool    // slash paths from root
	dirs   map[string]bool    // the folders that hold them
	nested map[string]ignorer // repositories inside, by slash path; nil until walked
}

// gitFiles runs `git ls-files` once for the walk of root.
func gitFiles(root string) (*gitList, error) {
	out, err := git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		return nil, err
	}
	g := &gitList{root: root, files: map[string]bool{}, dirs: map[string]bool{}, nested: map[string]ignorer{}}
	for name := range bytes.SplitSeq(out, []byte{0}) {
		p := string(name)
		if p == "" {
			continue
		}
		if strings.HasSuffix(p, "/") {
			// an untracked repository inside: git lists it, not its files
			p = strings.TrimSuffix(p, "/")
			g.nested[p] = nil
		}
		g.files[p] = true
		for d := p; ; {
			i := strings.LastIndexByte(d, '/')
			if i < 0 {
				break
			}
			d = d[:i]
			if g.dirs[d] {
				break
			}
			g.dirs[d] = true
		}
	}
	return g, nil
}

func (g *gitList) ignored(path string, dir bool) bool {
	rel := slashRel(g.root, path)
	for n, ign := range g.nested {
		if strings.HasPrefix(rel, n+"/") {
			if ign == nil {
				ign = newIgnorer(filepath.Join(g.root, filepath.FromSlash(n)))
				g.nested[n] = ign
			}
			return ign.ignored(path, dir)
		}
	}
	if !dir {
		return !g.files[rel]
	}
	if g.dirs[rel] {
		return false
	}
	if g.files[rel] {
		// a submodule: git lists the folder, not its files; walk it as
		// another repository
		g.nested[rel] = nil
		return false
	}
	// nothing listed under it: leave it out, unless it cannot be read,
	// which the walk then reports (git only warns of it)
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	f.Close()
	return true
}
