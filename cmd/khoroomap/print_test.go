package main

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// An atlas is made under a soft memory limit, A3 twice A4's, unless
// GOMEMLIMIT sets one.
func TestAtlasMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	env, had := os.LookupEnv("GOMEMLIMIT")
	os.Unsetenv("GOMEMLIMIT")
	defer func() {
		if had {
			os.Setenv("GOMEMLIMIT", env)
		}
	}()
	for paper, want := range map[string]int64{"A4": 340 << 20, "A3": 680 << 20} {
		debug.SetMemoryLimit(math.MaxInt64)
		limitMemory(paper)
		if got := debug.SetMemoryLimit(-1); got != want {
			t.Errorf("%s: limit %d MiB, want %d", paper, got>>20, want>>20)
		}
	}
	os.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemory("A4")
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("GOMEMLIMIT was overridden: %d", got)
	}
	os.Unsetenv("GOMEMLIMIT")
}
