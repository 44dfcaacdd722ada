package render

import (
	"bytes"
	"image"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/synth"
)

// BenchmarkRedrawPlots draws 100,000 fenced plots and 20 large polygons
// city-wide at 1600x1000: most plots are smaller than a pixel.
func BenchmarkRedrawPlots(b *testing.B) {
	var buf bytes.Buffer
	synth.Write(&buf, synth.Options{Plots: 100000, Large: 20, LargePoints: 2000, Seed: 1})
	l, err := load.Read("plots.geojson", &buf, load.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s := Scene{Selected: None, Layers: []DrawLayer{{Layer: l, Role: geo.RoleKheseg, Style: DefaultStyle(geo.RoleKheseg)}}}
	r := NewRenderer(testFonts(b))
	v := Fit(l.Bound, 1600, 1000, 10)
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	r.Draw(img, v, s, OnPaper)
	b.ReportAllocs()
	for b.Loop() {
		r.Draw(img, v, s, OnPaper)
	}
}
