// Package growth checks in tests that work grows about linearly with input.
package growth

import (
	"testing"
	"time"
)

// Check checks that run grows about linearly with its input: the time for
// input of size 4n is at most 6 times the time for size n (a quadratic path
// gives 16). Each size is timed as the fastest of several runs, and a
// failing ratio is measured afresh twice before the test fails, so that a
// machine loaded by other work does not make it flake. n should make one
// run take a few milliseconds, so that fixed costs do not hide the growth.
// Skipped with -short.
func Check(t *testing.T, n int, run func(n int)) {
	t.Helper()
	if testing.Short() {
		t.Skip("growth is measured without -short")
	}
	const limit = 6.0
	ratio := 0.0
	for range 3 {
		small, large := fastest(n, run), fastest(4*n, run)
		ratio = float64(large) / float64(max(small, time.Microsecond))
		if ratio <= limit {
			return
		}
	}
	t.Errorf("input 4x larger took %.1fx as long (limit %.0fx): growth is worse than linear", ratio, limit)
}

// fastest is the shortest of five runs of run(n).
func fastest(n int, run func(n int)) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 5 {
		start := time.Now()
		run(n)
		best = min(best, time.Since(start))
	}
	return best
}
