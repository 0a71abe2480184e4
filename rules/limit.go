package rules

import (
	"fmt"
	"slices"
)

// Limits on what one file may report. A file of garbage (a zero-width space
// between every pair of words, a megabyte of stray quote marks) would
// otherwise yield a finding per word: hundreds of megabytes of report that
// no one reads, and memory to match. Past a limit the first findings, by
// position, are listed and one more finding says how many were left out.
const (
	// DefaultMaxPerRule is how many findings of one rule one file lists.
	DefaultMaxPerRule = 100
	// DefaultMaxPerFile is how many findings one file lists in all.
	DefaultMaxPerFile = 1000
)

// limit returns n, or def when n is 0; a negative n means no limit.
func limit(n, def int) int {
	switch {
	case n == 0:
		return def
	case n < 0:
		return int(^uint(0) >> 1)
	}
	return n
}

// capPerRule keeps, for each file and rule, the first max findings by
// position, and adds after them one finding of the same rule counting the
// rest. fs are one rule's findings (one pass); the order of what is kept is
// the sorted order.
func capPerRule(fs []Finding, max int) []Finding {
	if len(fs) <= max {
		return fs
	}
	sortByPlace(fs)
	var out []Finding
	for start := 0; start < len(fs); {
		end := start
		for end < len(fs) && fs[end].Path == fs[start].Path {
			end++
		}
		file := fs[start:end]
		if len(file) <= max {
			out = append(out, file...)
		} else {
			out = append(out, file[:max]...)
			out = append(out, moreFinding(file[max], len(file)-max, max))
		}
		start = end
	}
	return out
}

// sortByPlace sorts as SortFindings does, but not stably: on a file of
// garbage there may be a finding a word, and a stable sort's extra log
// factor shows. Findings equal in every key compared are interchangeable.
func sortByPlace(fs []Finding) {
	slices.SortFunc(fs, compareFindings)
}

// moreFinding stands for n findings left out, placed at the first of them.
func moreFinding(first Finding, n, max int) Finding {
	return Finding{
		Rule:     first.Rule,
		Severity: first.Severity,
		Path:     first.Path,
		Span:     first.Span,
		Message: fmt.Sprintf("%d more %s %s from here on %s not listed (a file lists at most %d of one rule); "+
			"fix these and check again, or look for damage such as a wrong encoding or stray characters throughout",
			n, first.Rule, plural(n, "finding", "findings"), plural(n, "is", "are"), max),
		Key: "more findings not listed",
	}
}

// capPerFile keeps the first max findings of one file by position and
// returns how many it left out.
func capPerFile(fs []Finding, max int) ([]Finding, int) {
	if len(fs) <= max {
		return fs, 0
	}
	sortByPlace(fs)
	return fs[:max], len(fs) - max
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
