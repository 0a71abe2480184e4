//go:build unix

package typo

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used (user and system, all
// threads): on a loaded machine it moves far less than the wall clock.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
