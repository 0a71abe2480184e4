//go:build !unix

package growth

import "time"

// now is the clock where the system gives no CPU time.
func now() time.Duration { return time.Duration(time.Now().UnixNano()) }
