package streets

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/synth/osmsynth"
)

// FuzzReadPBF reads mutated .osm.pbf files (seeded with a small extract
// osmium writes, and the bombs of TestReadPBFBombs): any file gives a set
// or a one-line error naming it, never a panic.
func FuzzReadPBF(f *testing.F) {
	if _, pbf := osmsynth.Extract(f, 1, 1); pbf != "" {
		b, err := os.ReadFile(pbf)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	small := zeros(10)
	f.Add(pbfBlock("OSMData", int64(len(pbfBlob(100, small))), pbfBlob(100, small)))
	f.Add(pbfBlock("OSMData", -5, pbfBlob(10, small)))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "fuzz.osm.pbf")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Read(context.Background(), p, Options{})
		if err != nil && (!strings.Contains(err.Error(), p) || strings.Contains(err.Error(), "\n")) {
			t.Errorf("error %q: want one line naming the file", err)
		}
	})
}
