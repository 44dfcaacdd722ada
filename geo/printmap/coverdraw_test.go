package printmap

import (
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/render"
)

// On paper the region out of reach meets its area's edge: no unshaded
// strip inside the edge, nothing shaded outside it, whatever the grid's
// smoothing did.
//
//	+------------------+   a 1.5 km square, a point in its lower-left
//	|//////////////////|   corner, 500 m reach: everything but the
//	|//////////////////|   corner is out of reach and must be shaded
//	|(.)///////////////|   right up to the square's edge
//	+------------------+
func TestShadeMeetsTheEdge(t *testing.T) {
	f, _ := fonts.parse()
	sq := orb.MultiPolygon{{{{106.90, 47.90}, {106.92, 47.90}, {106.92, 47.9135}, {106.90, 47.9135}, {106.90, 47.90}}}}
	res := coverage.Compute([]coverage.Area{{Name: "sq", Role: geo.RoleKheseg, Geometry: sq}}, []orb.Point{{106.901, 47.901}}, 500)
	pc := &pageCoverage{opt: Coverage{Distance: 500}, results: map[string]coverage.Result{"sq": res[0]}, shaded: &geo.Layer{Kind: geo.Polygons}}
	pc.shaded.Features = append(pc.shaded.Features, geo.Feature{Geometry: res[0].Uncovered})
	v := render.Fit(sq.Bound(), 500, 400, 40)
	img, err := renderMap(f, mapRequest{scene: render.Scene{Selected: render.None}, view: v, scale: 1, background: paper, shade: pc.shade(1)})
	if err != nil {
		t.Fatal(err)
	}
	shaded := func(p orb.Point) bool {
		x, y := v.Pixel(p)
		c := img.RGBAAt(int(x), int(y))
		return c.G < 0xf0
	}
	b := sq.Bound()
	inset := (b.Max[1] - b.Min[1]) / 300 // a pixel or so inside
	for i := 0; i <= 20; i++ {
		tx := b.Min[0] + (b.Max[0]-b.Min[0])*(0.4+0.6*float64(i)/20)
		ty := b.Min[1] + (b.Max[1]-b.Min[1])*(0.4+0.6*float64(i)/20)
		for _, p := range []orb.Point{{tx, b.Max[1] - inset}, {b.Max[0] - inset, ty}} {
			if !shaded(p) {
				t.Errorf("%v, just inside the edge, is not shaded", p)
			}
		}
		for _, p := range []orb.Point{{tx, b.Max[1] + 3*inset}, {b.Max[0] + 3*inset, ty}} {
			if shaded(p) {
				t.Errorf("%v, outside the area, is shaded", p)
			}
		}
	}
	if x, y := v.Pixel(orb.Point{106.9015, 47.9015}); img.RGBAAt(int(x), int(y)).G < 0xf0 || math.IsNaN(x+y) {
		t.Error("the point's surroundings are shaded")
	}
}
