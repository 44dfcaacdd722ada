package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// The next write into a folder removes the temporary files a killed write
// left there, and nothing else: not fresh ones (a write in progress), not
// other programs' files, not folders.
func TestWriteCleansStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * StaleAfter)
	files := map[string]bool{ // name: removed
		".map.png.3966529489.tmp":          true,
		".training.gpkg.42.tmp-journal":    true,
		".ranking.CSV.7.tmp":               true,
		".map.png.123.tmp.fresh":           false,
		".notes.txt.123.tmp":               false,
		"map.png.123.tmp":                  false,
		".map.png.abc.tmp":                 false,
		".map.png.12345678901.tmp":         false,
		".map.png..tmp":                    false,
		".хороо.geojson.1.tmp-journal.bak": false,
	}
	for name := range files {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte("half"), 0o644)
		os.Chtimes(path, old, old)
	}
	os.WriteFile(filepath.Join(dir, ".atlas.pdf.99.tmp"), []byte("in progress"), 0o644) // fresh
	files[".atlas.pdf.99.tmp"] = false
	os.Mkdir(filepath.Join(dir, ".dir.png.1.tmp"), 0o755)
	os.Chtimes(filepath.Join(dir, ".dir.png.1.tmp"), old, old)
	files[".dir.png.1.tmp"] = false

	if err := Write(filepath.Join(dir, "other.kml"), func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	for name, removed := range files {
		if slices.Contains(left, name) == removed {
			t.Errorf("%s: removed %v, want %v", name, !removed, removed)
		}
	}
}
