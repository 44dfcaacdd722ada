package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// bandArea is the exact area of the ellipsoid between two parallels over
// dlon degrees of longitude: a^2 (1-e^2) dlon/2 [q(phi2) - q(phi1)] / (1-e^2),
// written with the authalic q function.
func bandArea(lat1, lat2, dlon float64) float64 {
	return wgs84A * wgs84A * dlon * math.Pi / 180 / 2 * (authalicQ(lat2*math.Pi/180) - authalicQ(lat1*math.Pi/180))
}

func TestArea(t *testing.T) {
	// Lon/lat rectangles: their edges run along parallels and meridians, so
	// the band formula is exact for them.
	rect := func(x0, y0, x1, y1 float64) orb.Polygon {
		return orb.Polygon{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}
	}
	cases := []struct {
		name string
		g    orb.Geometry
		want float64
	}{
		{"1°x1° at the equator", rect(0, 0, 1, 1), bandArea(0, 1, 1)},
		{"a khoroo-sized block in Ulaanbaatar", rect(106.90, 47.90, 106.92, 47.91), bandArea(47.90, 47.91, 0.02)},
		{"a fenced plot", rect(106.9, 47.9, 106.9003, 47.9002), bandArea(47.9, 47.9002, 0.0003)},
		{"clockwise gives the same", orb.Polygon{{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}}, bandArea(0, 1, 1)},
		{"a hole is subtracted", orb.Polygon{rect(0, 0, 2, 2)[0], rect(0.5, 0.5, 1.5, 1.5)[0]}, bandArea(0, 2, 2) - bandArea(0.5, 1.5, 1)},
		{"a point has none", orb.Point{1, 1}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Area(tc.g)
			if math.Abs(got-tc.want) > 1e-6*tc.want+1e-9 {
				t.Errorf("got %.3f m², want %.3f m²", got, tc.want)
			}
		})
	}
	// Geodesic areas from SpatiaLite's ST_Area(geom, 1) through GDAL 3.6.2;
	// its edges are geodesics, ours follow parallels, hence the tolerance.
	for _, ref := range []struct {
		g    orb.Polygon
		want float64
	}{
		{rect(0, 0, 1, 1), 12308463893.9752},
		{rect(106.90, 47.90, 106.92, 47.91), 1662540.24935913},
	} {
		if got := Area(ref.g); math.Abs(got-ref.want)/ref.want > 1e-4 {
			t.Errorf("%v: %.1f m², SpatiaLite says %.1f m²", ref.g.Bound(), got, ref.want)
		}
	}
}
