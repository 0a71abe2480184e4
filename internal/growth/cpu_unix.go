//go:build unix

package growth

import (
	"syscall"
	"time"
)

// now is the CPU time the process has used, user and system: unlike the
// clock it does not run on while other processes have the CPU.
func now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
