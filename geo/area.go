package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// WGS84 ellipsoid.
const (
	wgs84A = 6378137.0
	wgs84F = 1 / 298.257223563
)

var (
	wgs84E2 = wgs84F * (2 - wgs84F)
	wgs84E  = math.Sqrt(wgs84E2)
	// qp is q at the pole; the authalic radius is a*sqrt(qp/2).
	qp             = authalicQ(math.Pi / 2)
	authalicRadius = wgs84A * math.Sqrt(qp/2)
)

// authalicQ is the q function of the equal-area (authalic) latitude.
func authalicQ(phi float64) float64 {
	s := math.Sin(phi)
	es := wgs84E * s
	return (1 - wgs84E2) * (s/(1-es*es) - math.Log((1-es)/(1+es))/(2*wgs84E))
}

// authalicLat maps a geodetic latitude (radians) to the latitude on the
// sphere of equal area.
func authalicLat(phi float64) float64 {
	return math.Asin(math.Max(-1, math.Min(1, authalicQ(phi)/qp)))
}

// Area returns the area of a polygon geometry on the WGS84 ellipsoid, in
// square metres: holes are subtracted and points have no area. It maps
// latitudes to the authalic sphere, on which areas are the ellipsoid's, and
// sums, edge by edge, the area between the ring and the equator. Edges are
// taken as straight in longitude and sine of latitude, which for the short
// edges of real boundaries differs from geodesics by a negligible amount.
func Area(g orb.Geometry) float64 {
	switch g := g.(type) {
	case orb.Polygon:
		a := 0.0
		for i, r := range g {
			if i == 0 {
				a += math.Abs(ringArea(r))
			} else {
				a -= math.Abs(ringArea(r))
			}
		}
		return math.Max(a, 0)
	case orb.MultiPolygon:
		a := 0.0
		for _, p := range g {
			a += Area(p)
		}
		return a
	case orb.Ring:
		return math.Abs(ringArea(g))
	}
	return 0
}

// ringArea is the signed area of a ring on the authalic sphere.
func ringArea(r orb.Ring) float64 {
	n := len(r)
	if n < 3 {
		return 0
	}
	sum := 0.0
	for i := 0; i < n; i++ {
		p, q := r[i], r[(i+1)%n]
		l1, l2 := p[0]*math.Pi/180, q[0]*math.Pi/180
		b1, b2 := authalicLat(p[1]*math.Pi/180), authalicLat(q[1]*math.Pi/180)
		dl := l2 - l1
		for dl > math.Pi {
			dl -= 2 * math.Pi
		}
		for dl < -math.Pi {
			dl += 2 * math.Pi
		}
		// the area between the edge and the equator, on the authalic sphere
		sum += dl * (math.Sin(b1) + math.Sin(b2)) / 2
	}
	return sum * authalicRadius * authalicRadius
}
