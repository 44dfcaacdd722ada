package coverage

import (
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// square returns a square area of side metres centred on c, in lon/lat,
// optionally with a square hole of side hole metres in the middle.
func square(c orb.Point, side, hole float64) Area {
	l := newLocal(c)
	ring := func(s float64, ccw bool) orb.Ring {
		pts := [][2]float64{{-s / 2, -s / 2}, {s / 2, -s / 2}, {s / 2, s / 2}, {-s / 2, s / 2}}
		if !ccw {
			pts[1], pts[3] = pts[3], pts[1]
		}
		r := orb.Ring{}
		for _, p := range append(pts, pts[0]) {
			r = append(r, l.from(p[0], p[1]))
		}
		return r
	}
	poly := orb.Polygon{ring(side, true)}
	if hole > 0 {
		poly = append(poly, ring(hole, false))
	}
	return Area{Name: "square", Role: geo.RoleKhoroo, Geometry: orb.MultiPolygon{poly}, Population: 1000}
}

var ub = orb.Point{106.92, 47.92}

// at is the point dx, dy metres from c.
func at(c orb.Point, dx, dy float64) orb.Point { return newLocal(c).from(dx, dy) }

// +-----------------+
// |                 |
// |      .---.      |     one point in the middle of a 1 km square,
// |     (  •  )     |     reach 300 m: uncovered = 1 - π·300²/1000²
// |      '---'      |
// |                 |
// +-----------------+
func TestHandComputable(t *testing.T) {
	circle := func(r float64) float64 { return math.Pi * r * r }
	segment := func(r, h float64) float64 { return r*r*math.Acos(h/r) - h*math.Sqrt(r*r-h*h) }
	for _, tc := range []struct {
		name   string
		area   Area
		points []orb.Point
		d      float64
		want   float64 // uncovered share
	}{
		{"one point in the middle", square(ub, 1000, 0), []orb.Point{ub}, 300, 1 - circle(300)/1e6},
		{"a point just outside reaches in", square(ub, 1000, 0), []orb.Point{at(ub, -700, 0)}, 400, 1 - segment(400, 200)/1e6},
		{"no points: everything uncovered", square(ub, 1000, 0), nil, 500, 1},
		{"a point covering everything", square(ub, 1000, 0), []orb.Point{ub}, 800, 0},
		{"a hole is not counted", square(ub, 1000, 400), []orb.Point{at(ub, 350, 350)}, 100, 1 - circle(100)/(1e6-160000)},
		{"two overlapping reaches", square(ub, 2000, 0), []orb.Point{at(ub, -100, 0), at(ub, 100, 0)}, 300,
			1 - (2*circle(300)-2*segment(300, 100))/4e6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Compute([]Area{tc.area}, tc.points, tc.d)[0]
			if math.Abs(res.Share-tc.want) > 0.005*math.Max(tc.want, 0.01) && math.Abs(res.Share-tc.want) > 0.0005 {
				t.Errorf("share %.5f, want %.5f", res.Share, tc.want)
			}
			// the traced polygons hold the same area
			if got := geo.Area(res.Uncovered); math.Abs(got-res.UncoveredM2) > 0.01*res.AreaM2 {
				t.Errorf("polygons of %.0f m², counted %.0f m²", got, res.UncoveredM2)
			}
			if math.Abs(res.PeopleOutside-1000*res.Share) > 1e-6 {
				t.Errorf("people outside %.1f", res.PeopleOutside)
			}
		})
	}
}

func TestTraceKeepsDiagonalCellsApart(t *testing.T) {
	// ##.
	// ##.      two blocks touching at one corner, and a block with a hole
	// ..#
	mask := []bool{
		false, false, true,
		true, true, false,
		true, true, false,
	}
	polys := trace(mask, 3, 3)
	if len(polys) != 2 {
		t.Fatalf("%d polygons, want 2: %v", len(polys), polys)
	}
	ring := make([]bool, 25)
	for i := range ring {
		x, y := i%5, i/5
		ring[i] = x == 0 || y == 0 || x == 4 || y == 4
	}
	polys = trace(ring, 5, 5)
	if len(polys) != 1 || len(polys[0]) != 2 {
		t.Fatalf("a ring of cells: %d polygons, %v", len(polys), polys)
	}
	if polys[0][0].Orientation() != orb.CCW || polys[0][1].Orientation() != orb.CW {
		t.Error("outer rings should run counter-clockwise, holes clockwise")
	}
}

func BenchmarkRealKhoroos10000(b *testing.B) {
	areas, pts := realCase(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		Compute(areas, pts, 500)
	}
}
