//go:build !unix

package streets

// cpuTime is not measured off Unix: the benchmarks report 0 CPU time.
func cpuTime() int64 { return 0 }
