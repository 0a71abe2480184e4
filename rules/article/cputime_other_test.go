//go:build !unix

package article

import "time"

// cpuTime is not measured here: the benchmark reports the clock only.
func cpuTime() (time.Duration, bool) { return 0, false }
