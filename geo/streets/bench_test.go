package streets

import (
	"context"
	"image"
	"runtime"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/synth/osmsynth"
)

// citySize is the generated city: 150 x 150 blocks of 14 houses and two
// fences, about 405,000 ways and 1.5 million nodes, like Ulaanbaatar's.
const citySize, cityHouses = 150, 14

var (
	cityOnce      sync.Once
	cityXML, city string // city is the .osm.pbf, "" without osmium
	citySet       *Set
)

func cityExtract(b *testing.B) string {
	cityOnce.Do(func() {
		// kept for the whole run: b.TempDir would be removed after the first benchmark
		cityXML, city = osmsynth.ExtractIn(b, "", citySize, cityHouses)
	})
	if city == "" {
		b.Skip("osmium not installed: no .osm.pbf")
	}
	return city
}

// BenchmarkReadCity reads the whole generated city from .osm.pbf and
// reports the peak heap.
func BenchmarkReadCity(b *testing.B) {
	path := cityExtract(b)
	b.ReportAllocs()
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		s, err := Read(context.Background(), path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
		citySet = s
	}
	b.ReportMetric(float64(peak)/(1<<20), "MB-heap")
	b.ReportMetric(float64(citySet.Len()), "features")
}

// BenchmarkDrawCityCentre redraws a 1600x1000 view of the generated city
// centre at zoom 16.5 (streets, buildings, fences and street names) with
// the street layer cached, as when the boundaries or annotations above it
// change.
func BenchmarkDrawCityCentre(b *testing.B) { benchDrawCity(b, 0) }

// BenchmarkDrawCityCentreUncached draws it afresh each time, moved by a
// pixel, as when panning (labels and buffers are still kept).
func BenchmarkDrawCityCentreUncached(b *testing.B) { benchDrawCity(b, 1) }

func benchDrawCity(b *testing.B, pan float64) {
	if citySet == nil {
		s, err := Read(context.Background(), cityExtract(b), Options{})
		if err != nil {
			b.Fatal(err)
		}
		citySet = s
	}
	centre := orb.Point{osmsynth.Lon + citySize/2*osmsynth.BlockLon, osmsynth.Lat + citySize/2*osmsynth.BlockLat}
	v := render.View{Center: centre, Zoom: 16.5, Width: 1600, Height: 1000}
	pt := testPainter(b, "mn")
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	pt.Draw(dst, v, citySet)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		v = v.Pan(pan, 0)
		pt.Draw(dst, v, citySet)
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}
