package render

import (
	"image"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

func testFonts(t testing.TB) Fonts {
	f, err := ParseFonts(assets.FontRegular, assets.FontBold)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// randomPoints makes n points spread over b, seeded for repeatable runs.
func randomPoints(n int, b orb.Bound) *geo.Layer {
	rng := rand.New(rand.NewPCG(1, 2))
	l := &geo.Layer{Kind: geo.Points, Source: "points.geojson"}
	for i := 0; i < n; i++ {
		p := orb.Point{b.Min[0] + rng.Float64()*(b.Max[0]-b.Min[0]), b.Min[1] + rng.Float64()*(b.Max[1]-b.Min[1])}
		l.Features = append(l.Features, geo.Feature{Name: "point", Geometry: p})
	}
	l.ComputeBound()
	return l
}

// BenchmarkRedraw draws all 204 real khoroos and 10,000 points at 1600x1000,
// the city-wide view that the map window must redraw in under 8 ms.
func BenchmarkRedraw(b *testing.B) {
	path, _ := filepath.Abs("../../../shared/data/real/khoroo-map/khoroos.geojson")
	if _, err := os.Stat(path); err != nil {
		b.Skip("no ../shared/data/real")
	}
	khoroos, err := load.File(path, load.Options{})
	if err != nil {
		b.Fatal(err)
	}
	pts := randomPoints(10000, khoroos.Bound)
	s := Scene{Selected: None, Layers: []DrawLayer{
		{Layer: khoroos, Role: geo.RoleKhoroo, Style: DefaultStyle(geo.RoleKhoroo)},
		{Layer: pts, Role: geo.RolePoints, Style: DefaultStyle(geo.RolePoints)},
	}}
	r := NewRenderer(testFonts(b))
	v := Fit(khoroos.Bound, 1600, 1000, 10)
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	r.Draw(img, v, s, OnPaper)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Draw(img, v, s, OnPaper)
	}
}
