package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules/sources"
)

// AddSources adds paths given on the command line (relative to the working
// folder, not the config's) to the sources.
func (c *Config) AddSources(paths []string) error {
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		c.Sources = append(c.Sources, abs)
	}
	return nil
}

// loadSources reads and indexes the sources, once per run; nil when none
// is configured. A source is shown by its path relative to the working
// folder when it is inside it.
func (c *Config) loadSources() (*sources.Index, error) {
	if len(c.Sources) == 0 {
		return nil, nil
	}
	files, err := sources.Expand(c.Dir, c.Sources)
	if err != nil {
		return nil, c.errorAt(c.at("$.sources"), "%s", err)
	}
	c.sourceFiles = files
	wd, _ := os.Getwd()
	files = slices.Clone(files)
	for i, f := range files {
		if rel, err := filepath.Rel(wd, f); err == nil && !strings.HasPrefix(rel, "..") {
			files[i] = rel
		}
	}
	if c.sourceCache != nil {
		return c.sourceCache.Load(files)
	}
	return sources.Load(files)
}

// UseSourceCache has Shared load the sources through cache, which gives
// the index of the same files again while they are unchanged: a server
// that reads its configuration for every request owns one.
func (c *Config) UseSourceCache(cache *sources.Cache) { c.sourceCache = cache }

// SourceFiles are the files the sources named, once Shared has read them:
// data, not articles, which a walk of the folders checked leaves out.
func (c *Config) SourceFiles() []string { return c.sourceFiles }
