//go:build unix

package cpuclock

import "testing"

func TestUsedGrows(t *testing.T) {
	start := Used()
	x := 0
	for i := range 50_000_000 {
		x ^= i * i
	}
	if Used() <= start || x == 1 {
		t.Errorf("no CPU time counted for a busy loop: %v then %v", start, Used())
	}
}
