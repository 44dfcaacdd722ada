package coverage

import (
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// realCase is the 204 real khoroos and n points spread over the city's
// core, seeded.
func realCase(t testing.TB, n int) ([]Area, []orb.Point) {
	l, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var areas []Area
	for _, f := range l.Features {
		areas = append(areas, Area{Name: f.Name, Role: geo.RoleKhoroo, Geometry: f.Geometry.(orb.MultiPolygon)})
	}
	r := rand.New(rand.NewPCG(3, 3))
	pts := make([]orb.Point, n)
	for i := range pts {
		pts[i] = orb.Point{106.75 + r.Float64()*0.35, 47.85 + r.Float64()*0.12}
	}
	return areas, pts
}

// The real health points against the real khoroos: central khoroos are
// well covered within 1 km, outlying ones not.
func TestRealHealthPoints(t *testing.T) {
	areas, _ := realCase(t, 0)
	h, err := load.File(realdata.File(t, "c2m2_mobile/mongoliahealth.json"), load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	var pts []orb.Point
	for _, f := range h.Features {
		pts = append(pts, f.Geometry.(orb.Point))
	}
	res := Compute(areas, pts, 1000)
	full, none := 0, 0
	for _, r := range res {
		if r.Share < 0.05 {
			full++
		}
		if r.Share > 0.95 {
			none++
		}
		if r.Share < 0 || r.Share > 1 {
			t.Fatalf("%s: share %v", r.Area.Name, r.Share)
		}
	}
	if full < 20 || none < 20 {
		t.Errorf("%d khoroos nearly all within 1 km of a health point, %d nearly none: expected many of each", full, none)
	}
}
