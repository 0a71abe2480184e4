package main

import (
	"github.com/spf13/pflag"

	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/sources"
)

// addSourcesFlag registers --sources: files, folders or globs of the
// desk's record (transcripts, subtitles, notes) that the misquote rule
// holds quotations against, added to the config's sources.
func addSourcesFlag(f *pflag.FlagSet, paths *[]string) {
	f.StringSliceVar(paths, "sources", nil,
		"transcripts, subtitles or notes to check quotations against (files, folders or globs; comma-separated or repeated)")
}

// sourcesSetter adds the --sources paths to the configuration.
func sourcesSetter(paths []string) func(*config.Config) error {
	return func(c *config.Config) error { return c.AddSources(paths) }
}

// sourceCacheSetter has the configuration load its sources through cache
// (a server's or a language server's, kept for the life of the process).
func sourceCacheSetter(cache *sources.Cache) func(*config.Config) error {
	return func(c *config.Config) error { c.UseSourceCache(cache); return nil }
}
