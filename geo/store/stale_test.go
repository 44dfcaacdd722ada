package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/atomicfile"
)

// A project built beside its destination (new, save as, merge) and killed
// halfway leaves a temporary file and its journal; the next project
// written into that folder removes them once they are stale.
func TestCreateCleansStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * atomicfile.StaleAfter)
	left := []string{".merged.gpkg.3124277895.tmp", ".merged.gpkg.3124277895.tmp-journal"}
	for _, name := range left {
		os.WriteFile(filepath.Join(dir, name), []byte("half a project"), 0o644)
		os.Chtimes(filepath.Join(dir, name), old, old)
	}
	if err := Create(filepath.Join(dir, "new.gpkg")); err != nil {
		t.Fatal(err)
	}
	for _, name := range left {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s is still there", name)
		}
	}
}

// Opening a project (as the window does at start) clears the stale
// temporaries beside it too.
func TestOpenCleansStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "khoroo.gpkg")
	if err := Create(path); err != nil {
		t.Fatal(err)
	}
	left := filepath.Join(dir, ".copy.gpkg.99.tmp")
	old := time.Now().Add(-2 * atomicfile.StaleAfter)
	os.WriteFile(left, []byte("half a project"), 0o644)
	os.Chtimes(left, old, old)
	p, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	if _, err := os.Stat(left); err == nil {
		t.Errorf("%s is still there", left)
	}
}
