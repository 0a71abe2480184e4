package rules

import (
	"fmt"
	"maps"
	"slices"
)

// capper keeps, for each file of one pass, the first max findings by
// position and counts the rest. It trims as findings arrive, so a rule that
// reports a finding a word of a garbage file holds a few times max of them,
// not millions.
type capper struct {
	max     int
	next    int                // keep trims once this many findings are held
	dropped map[string]int     // by path: findings left out
	first   map[string]Finding // by path: the first finding left out, by position
}

// keep trims fs once it holds 4×max+64 findings, or twice what the last trim
// kept: a pass over a batch keeps max findings for each of many files, and
// trimming at a fixed size would sort them all again at every report. What
// is kept in the end is the same, the first max of each file by position.
func (c *capper) keep(fs []Finding) []Finding {
	if c.max <= 0 || len(fs) < max(c.next, 4*c.max+64) {
		return fs
	}
	fs = c.trim(fs)
	c.next = 2 * len(fs)
	return fs
}

// trim keeps the first max findings of each file in fs and notes the rest.
func (c *capper) trim(fs []Finding) []Finding {
	sortByPlace(fs)
	out := fs[:0]
	for start := 0; start < len(fs); {
		end := start
		for end < len(fs) && fs[end].Path == fs[start].Path {
			end++
		}
		file := fs[start:end]
		if len(file) <= c.max {
			out = append(out, file...)
		} else {
			out = append(out, file[:c.max]...)
			c.drop(file[c.max], len(file)-c.max)
		}
		start = end
	}
	return slices.Clip(out)
}

func (c *capper) drop(first Finding, n int) {
	if c.dropped == nil {
		c.dropped, c.first = map[string]int{}, map[string]Finding{}
	}
	if f, ok := c.first[first.Path]; !ok || compareFindings(first, f) < 0 {
		c.first[first.Path] = first
	}
	c.dropped[first.Path] += n
}

// finish trims fs a last time and adds, for each file that had findings
// left out, one finding counting them, placed at the first of them.
func (c *capper) finish(fs []Finding) []Finding {
	if c.max <= 0 {
		return fs // no limit
	}
	if len(fs) > c.max || c.dropped != nil {
		fs = c.trim(fs)
	}
	for _, path := range slices.Sorted(maps.Keys(c.dropped)) {
		fs = append(fs, moreFinding(c.first[path], c.dropped[path], c.max))
	}
	return fs
}

// sortByPlace sorts as SortFindings does, but not stably: on a file of
// garbage there may be a finding a word, and a stable sort's extra log
// factor shows. Findings equal in every key compared are interchangeable.
func sortByPlace(fs []Finding) {
	slices.SortFunc(fs, compareFindings)
}

// moreFinding stands for n findings left out, placed at the first of them.
func moreFinding(first Finding, n, limit int) Finding {
	return Finding{
		Rule:     first.Rule,
		Severity: first.Severity,
		Path:     first.Path,
		Span:     first.Span,
		Message: fmt.Sprintf("%d more %s %s from here on %s not listed (a file lists at most %d of one rule); "+
			"fix these and check again, or look for damage such as a wrong encoding or stray characters throughout",
			n, first.Rule, plural(n, "finding", "findings"), plural(n, "is", "are"), limit),
		Key: "more findings not listed",
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
