// Package cpuclock reads the CPU time a process has used, for benchmarks
// that must hold on a machine shared with other work: unlike ns/op, CPU
// seconds per operation do not grow when another program takes the cores,
// and they add up every worker goroutine.
package cpuclock

import (
	"testing"
	"time"
)

// Report reports the CPU time used since start (a Used value) per
// iteration of b as "cpu-s/op". Where Used is not available it reports
// nothing.
func Report(b *testing.B, start time.Duration) {
	if now := Used(); now > 0 {
		b.ReportMetric((now-start).Seconds()/float64(b.N), "cpu-s/op")
	}
}
