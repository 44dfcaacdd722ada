package exchange

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// rightHand returns an area as RFC 7946 wants it written, whatever made it
// (corners dragged across, a merge, another program): the outer ring
// counter-clockwise, holes clockwise. The annotation itself is not
// changed; points come back as they are. Every export format uses it, so
// the GeoJSON, the KML and the CSV's WKT agree.
func rightHand(g orb.Geometry) orb.Geometry {
	poly, ok := g.(orb.Polygon)
	if !ok {
		return g
	}
	poly = poly.Clone()
	geo.Orient(orb.MultiPolygon{poly})
	return poly
}
