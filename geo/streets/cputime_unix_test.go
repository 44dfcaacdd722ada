//go:build unix

package streets

import "syscall"

// cpuTime is the process's user and system CPU time so far, in
// nanoseconds: on a shared, loaded machine the wall clock says little.
func cpuTime() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}
