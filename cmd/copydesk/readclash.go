package main

import (
	"fmt"
	"os"

	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// refuseOverwrite refuses an output (flag names it, e.g. "--output") that
// is one of the files the run reads: an article checked, the config or a
// nested config (nested), or a dictionary or names file it lists. `check -o story.txt story.txt` would
// otherwise replace the article with its report. Files are compared by
// cleaned absolute path and, when the output exists, by device and inode,
// which also catches a link or a hard link to one of them.
func refuseOverwrite(flag, output string, inputs engine.Inputs, cfg *config.Config, nested []string, baseline string) error {
	if output == "" || output == "-" {
		return nil
	}
	type source struct{ path, what string }
	var sources []source
	for i := range inputs.Len() {
		if in := inputs.Input(i); !in.Stdin {
			sources = append(sources, source{in.Path, "an article being checked"})
		}
	}
	if cfg.Path != "" {
		sources = append(sources, source{cfg.Path, "the config file"})
	}
	for _, p := range nested {
		sources = append(sources, source{p, "a config file of a folder checked"})
	}
	for _, f := range cfg.DictionaryFiles {
		sources = append(sources, source{cfg.FilePath(f), "a dictionary file of the config"})
	}
	for _, f := range cfg.NamesFiles {
		sources = append(sources, source{cfg.FilePath(f), "a names file of the config"})
	}
	if baseline != "" {
		sources = append(sources, source{baseline, "the --baseline file"})
	}
	abs := absFrom()
	outAbs := abs(output)
	outSt, statErr := os.Stat(output)
	for _, s := range sources {
		same := false
		if abs(s.path) == outAbs {
			same = true
		} else if statErr == nil {
			st, err := os.Stat(s.path)
			same = err == nil && os.SameFile(st, outSt)
		}
		if same {
			return fmt.Errorf("%s %s is %s (%s); writing there would destroy it: choose another file", flag, output, s.what, s.path)
		}
	}
	return nil
}
