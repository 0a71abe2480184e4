// Package growth checks in tests that work grows about linearly with input.
package growth

import (
	"runtime"
	"testing"
	"time"
)

// Check checks that run grows about linearly with its input: the time for
// input of size 4n is at most 10 times the time for size n (a quadratic
// path gives 16; linear work measures 4 to 8 here, as caches and the
// garbage collector make larger inputs dearer per byte). Time is the process's CPU time where the system tells it (so
// that other processes on a shared machine do not count), each size is
// timed as the fastest of several runs, and a failing ratio is measured
// afresh twice before the test fails. n should make one
// run take a few milliseconds, so that fixed costs do not hide the growth.
// Skipped with -short and under the race detector, which changes what
// work costs; CI runs these tests in a step of their own without it.
func Check(t *testing.T, n int, run func(n int)) {
	t.Helper()
	if testing.Short() || raceEnabled {
		t.Skip("growth is measured without -short and without -race")
	}
	const limit = 10.0
	ratio := 0.0
	for range 3 {
		small, large := fastest(n, run), fastest(4*n, run)
		ratio = float64(large) / float64(max(small, time.Microsecond))
		t.Logf("n=%d: %v, 4n: %v (%.1fx)", n, small, large, ratio)
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
		runtime.GC() // the garbage of the run before is not this run's cost
		start := now()
		run(n)
		best = min(best, now()-start)
	}
	return best
}
