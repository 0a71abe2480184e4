//go:build !unix

// Package cputime reads the CPU time a process has used, for benchmarks:
// on a machine other work keeps busy it measures a benchmark better than
// the time on the clock.
package cputime

import "time"

// Process is not measured here: benchmarks report the clock only.
func Process() (time.Duration, bool) { return 0, false }
