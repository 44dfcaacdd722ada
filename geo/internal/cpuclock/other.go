//go:build !unix

package cpuclock

import "time"

// Used is 0: the process's CPU time is not read on this system.
func Used() time.Duration { return 0 }
