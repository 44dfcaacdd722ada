// Package realdata finds the public Ulaanbaatar files that tests check
// against: ../shared/data/real beside the repository. They are never
// copied into the repository, so tests skip when the folder is absent.
package realdata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the real-data folder, or skips t when there is none.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("realdata: no go.mod above the test's folder")
		}
		dir = parent
	}
	real := filepath.Join(filepath.Dir(dir), "shared", "data", "real")
	if _, err := os.Stat(real); err != nil {
		t.Skip("no ../shared/data/real beside the repository")
	}
	return real
}

// File returns one file under the real-data folder, skipping t when it is
// absent.
func File(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Dir(t), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no %s in the real data", rel)
	}
	return p
}
