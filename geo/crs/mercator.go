package crs

import (
	"math"

	"github.com/paulmach/orb"
)

// earthRadius is the sphere radius of Web Mercator, in metres.
const earthRadius = 6378137.0

// MercatorToLonLat converts Web Mercator metres to WGS84 lon/lat.
func MercatorToLonLat(p orb.Point) orb.Point {
	lon := p[0] / earthRadius * 180 / math.Pi
	lat := (2*math.Atan(math.Exp(p[1]/earthRadius)) - math.Pi/2) * 180 / math.Pi
	return orb.Point{lon, lat}
}

// LonLatToMercator converts WGS84 lon/lat to Web Mercator metres.
func LonLatToMercator(p orb.Point) orb.Point {
	x := p[0] * math.Pi / 180 * earthRadius
	y := math.Log(math.Tan(math.Pi/4+p[1]*math.Pi/360)) * earthRadius
	return orb.Point{x, y}
}
