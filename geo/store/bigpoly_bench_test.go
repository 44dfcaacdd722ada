package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/synth"
)

// zigzagFile writes the tester's hostile khoroo (synth.WriteZigzag) of n
// vertices under dir.
func zigzagFile(tb testing.TB, dir string, n int) string {
	path := filepath.Join(dir, "zigzag.geojson")
	f, err := os.Create(path)
	must(tb, err)
	must(tb, synth.WriteZigzag(f, n, 0.3))
	must(tb, f.Close())
	return path
}

// BenchmarkImportZigzag reads a zigzag khoroo of 100,000 or a million
// vertices and imports it into a new project (a million: 45 s and 7.4 GB
// before the locate and LabelPoint fixes), then imports one service point
// into that project, which reads the khoroo back to place the point.
func BenchmarkImportZigzag(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		dir := b.TempDir()
		path, point := zigzagFile(b, dir, n), onePointFile(b, dir)
		b.Run(vertices(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := Open(filepath.Join(b.TempDir(), "p.gpkg"))
				must(b, err)
				for _, f := range []string{path, point} {
					ls, err := load.All(f, load.Options{})
					must(b, err)
					_, err = p.Import(ls, nil, "")
					must(b, err)
				}
				p.Close()
			}
		})
	}
}

func onePointFile(tb testing.TB, dir string) string {
	path := filepath.Join(dir, "one.csv")
	must(tb, os.WriteFile(path, []byte("name,latitude,longitude\nсургууль,47.96,106.92\n"), 0o644))
	return path
}

func vertices(n int) string {
	if n >= 1_000_000 {
		return "1M"
	}
	return "100k"
}
