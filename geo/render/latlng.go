package render

import (
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"
)

// LatLng converts an orb point, {lon, lat}, to the s2.LatLng (lat, lon)
// that go-staticmaps works in. It and Point are the only places where the
// two orders meet.
func LatLng(p orb.Point) s2.LatLng { return s2.LatLngFromDegrees(p[1], p[0]) }

// Point converts an s2.LatLng back to an orb point {lon, lat}.
func Point(ll s2.LatLng) orb.Point { return orb.Point{ll.Lng.Degrees(), ll.Lat.Degrees()} }
