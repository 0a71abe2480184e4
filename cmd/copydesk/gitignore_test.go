package main

import (
	"slices"
	"strings"
	"testing"
)

// TestIgnorePatternsLikeGit: one .gitignore of one pattern, and whether a
// file is ignored, the folders above it included (an ignored folder is not
// entered). The answers are git 2.39's (`git check-ignore --no-index`).
func TestIgnorePatternsLikeGit(t *testing.T) {
	for _, tc := range []struct {
		pattern, path string
		want          bool
	}{
		{`foo`, `foo`, true},
		{`foo`, `a/foo`, true},
		{`foo`, `foo/bar`, true},
		{`/foo`, `foo`, true},
		{`/foo`, `a/foo`, false},
		{`a/b`, `a/b`, true},
		{`a/b`, `x/a/b`, false},
		{`*.md`, `a.md`, true},
		{`*.md`, `x/y/a.md`, true},
		{`*.md`, `a.md/x`, true},
		{`a/*.md`, `a/b.md`, true},
		{`a/*.md`, `a/x/b.md`, false},
		{`*`, `a/b`, true},
		{`a*`, `ab`, true},
		{`a*b`, `a/b`, false},
		{`a?b`, `a/b`, false},
		{`a?b`, `axb`, true},
		{`a/**`, `a`, false},
		{`a/**`, `a/b`, true},
		{`a/**`, `a/b/c`, true},
		{`**/b`, `b`, true},
		{`**/b`, `a/x/b`, true},
		{`a/**/b`, `a/b`, true},
		{`a/**/b`, `a/x/y/b`, true},
		{`a/**/b`, `ab`, false},
		{`a**b`, `a/b`, false},
		{`a**b`, `axxb`, true},
		{`a**/b`, `ax/b`, true},
		{`a**/b`, `ax/y/b`, true},
		{`**`, `a/b/c`, true},
		{`[!a]x.md`, `bx.md`, true},
		{`[!a]x.md`, `ax.md`, false},
		{`[^a]x.md`, `bx.md`, true},
		{`[a-c]x`, `bx`, true},
		{`[a-c]x`, `dx`, false},
		{`[]a]x`, `]x`, true},
		{`[]-a]x`, `^x`, true},
		{`[[:digit:]]y`, `7y`, true},
		{`[[:digit:]]y`, `ay`, false},
		{`[[:alpha:][:digit:]]z`, `qz`, true},
		{`[[:foo:]]z`, `fz`, false},
		{`[[:x]z`, `xz`, true},
		{`[[:x]z`, `[z`, true},
		{`[[:x]z`, `qz`, false},
		// git matches a literal start apart, so "a**/b" is "a" then "**/b"
		{`a**/b`, `ax/y/b`, true},
		{`a**/b`, `axb/c`, false},
		{`a*/**/b`, `ax/y/b`, true},
		{`ab**`, `ab/x/c`, true},
		{`ab**`, `abc`, true},
		{`a/b**/c`, `a/bx/y/c`, true},
		{`a*b/**`, `axb/c`, true},
		{`a*b/**`, `ab/x/c`, true},
		{`[a-]x`, `-x`, true},
		{`[\]]x`, `]x`, true},
		{`\#hash`, `#hash`, true},
		{`\!bang`, `!bang`, true},
		{`x\*y`, `x*y`, true},
		{`x\*y`, `xzy`, false},
		{`*/b`, `a/b`, true},
		{`*/b`, `a/c/b`, false},
		{`a/*/b`, `a/x/b`, true},
		{`a/*/b`, `a/x/y/b`, false},
		{`a/*`, `a/b/c`, true},
		{`a[/]b`, `a/b`, false},
		{`?`, `a`, true},
		{`*[`, `a[`, false},
		{`ab\`, `ab\`, false},
	} {
		f := parseIgnore([]byte(tc.pattern + "\n"))
		if got := ignoredUnder(f, tc.path); got != tc.want {
			t.Errorf("pattern %q, file %s: ignored %v, git says %v", tc.pattern, tc.path, got, tc.want)
		}
	}
}

// ignoredUnder walks to the file at p as the walk does: a folder the file
// excludes is not entered.
func ignoredUnder(f ignoreFile, p string) bool {
	parts := strings.Split(p, "/")
	for i := 1; i <= len(parts); i++ {
		if f.match(strings.Join(parts[:i], "/"), i < len(parts)) == exclude {
			return true
		}
	}
	return false
}

// TestParseIgnore: comments, blank lines, a byte-order mark, CRLF, trailing
// spaces (kept when escaped), "!", "/" at either end.
func TestParseIgnore(t *testing.T) {
	got := parseIgnore([]byte("\xef\xbb\xbf# note\n\na.md  \r\nb\\ \n!c/\n/d/e\n\\#f\n"))
	want := ignoreFile{
		{glob: "a.md", basename: true},
		{glob: `b\ `, basename: true},
		{glob: "c", negate: true, dirOnly: true, basename: true},
		{glob: "d/e"},
		{glob: `\#f`, basename: true},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
