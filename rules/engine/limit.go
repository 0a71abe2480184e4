package engine

import "github.com/copydesk/copydesk/rules"

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

// capPerFile keeps the first keep findings of one file by position and
// returns how many it left out.
func capPerFile(fs []rules.Finding, keep int) ([]rules.Finding, int) {
	if len(fs) <= keep {
		return fs, 0
	}
	rules.SortFindings(fs)
	return fs[:keep], len(fs) - keep
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
