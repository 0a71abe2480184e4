package main

import (
	"fmt"
	"io"
	"runtime"

	"github.com/copydesk/copydesk/rules/config"
)

// configData returns a test of whether a path the walk found is one of the
// config's own files: the config, its dictionary_files and names_files, and
// the sources quotations are held against.
// They are data, not articles: a words.txt beside the stories would
// otherwise be checked, and every entry in it reported as a typo.
func configData(cfg *config.Config) func(path string) bool {
	abs := absFrom()
	data := map[string]bool{}
	if cfg.Path != "" {
		data[abs(cfg.Path)] = true
	}
	for _, f := range cfg.DictionaryFiles {
		data[abs(cfg.FilePath(f))] = true
	}
	for _, f := range cfg.NamesFiles {
		data[abs(cfg.FilePath(f))] = true
	}
	for _, f := range cfg.SourceFiles() {
		data[abs(f)] = true
	}
	return func(path string) bool { return len(data) > 0 && data[abs(path)] }
}

// noArticles says on w that a folder named on the command line holds no
// article: a run that checks nothing should not pass for a clean one.
func noArticles(w io.Writer, dir string, cfg *config.Config) {
	what := ".txt, .text, .md, .markdown, .html or .htm files"
	if len(cfg.Include) > 0 {
		what = "files the config's include globs match"
	}
	fmt.Fprintf(w, "copydesk: %s: no article in it (looked for %s, leaving out hidden and git-ignored ones)\n", dir, what)
}

// defaultJobs is --jobs when it is not given: one file at a time per CPU
// the process may use.
func defaultJobs() int { return runtime.GOMAXPROCS(0) }

// checkJobs refuses a --jobs that checks nothing at once.
func checkJobs(n int) error {
	if n < 1 {
		return fmt.Errorf("--jobs %d: give at least 1 (the default is %d, one per CPU)", n, defaultJobs())
	}
	return nil
}
