package load

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/synth"
)

// BenchmarkLoadKhoroos reads the 204 real khoroos of Ulaanbaatar.
func BenchmarkLoadKhoroos(b *testing.B) {
	path := filepath.Join(realDir(b), "khoroo-map/khoroos.geojson")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(path, bytes.NewReader(data), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadSynthetic reads a seeded synthetic file of 30,000 plots and
// 20 large polygons (about a tenth of the 100 MB benchmark file).
func BenchmarkLoadSynthetic(b *testing.B) {
	data := synthetic(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("synthetic.geojson", bytes.NewReader(data), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadSyntheticNaive is the baseline the streaming reader beats:
// encoding/json into generic maps, as a first version would do it.
func BenchmarkLoadSyntheticNaive(b *testing.B) {
	data := synthetic(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var doc map[string]any
		if err := jsonUnmarshal(data, &doc); err != nil {
			b.Fatal(err)
		}
	}
}

// synthetic makes the seeded tenth-size benchmark file.
func synthetic(b *testing.B) []byte {
	var buf bytes.Buffer
	if err := synth.Write(&buf, synth.Options{Plots: 30000, Large: 20, LargePoints: 2000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}
