package annot

import (
	"math"

	"github.com/paulmach/orb"
)

// SamePlaceDegrees is how far apart two positions may be, in degrees of
// longitude and of latitude, and still be one place: about a centimetre
// in Ulaanbaatar. Export formats round differently (a KML's or a CSV's 7
// decimals, a Shapefile's doubles), so a point read back from an export
// is a few 1e-8 degrees off the one written.
const SamePlaceDegrees = 1e-7

// Same reports whether p and q hold the same content (see Content):
// every field equal, and their locations within SamePlaceDegrees. It is
// the one rule by which an import counts a point unchanged and a merge
// finds two copies agree.
func (p *Point) Same(q *Point) bool {
	return p.content("") == q.content("") && samePlace(p.Location, q.Location)
}

// Same reports whether g and q hold the same content, as Point.Same
// does: every field equal, and their geometries the same within
// SamePlaceDegrees. An area whose rings go the other way round is the
// same area.
func (g *Gap) Same(q *Gap) bool {
	return g.content("") == q.content("") && sameGeometry(g.Geometry, q.Geometry)
}

func samePlace(a, b orb.Point) bool {
	return math.Abs(a[0]-b[0]) <= SamePlaceDegrees && math.Abs(a[1]-b[1]) <= SamePlaceDegrees
}

func sameGeometry(a, b orb.Geometry) bool {
	switch a := a.(type) {
	case orb.Point:
		b, ok := b.(orb.Point)
		return ok && samePlace(a, b)
	case orb.Polygon:
		b, ok := b.(orb.Polygon)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !sameRing(a[i], b[i]) {
				return false
			}
		}
		return true
	}
	return geometryText(a) == geometryText(b)
}

// sameRing reports whether two rings have the same corners in the same
// order, or in the reverse order (a closed ring turned round, as an
// export writes an area the right-hand way).
func sameRing(a, b orb.Ring) bool {
	if len(a) != len(b) {
		return false
	}
	forward, backward := true, true
	for i := range a {
		forward = forward && samePlace(a[i], b[i])
		backward = backward && samePlace(a[i], b[len(b)-1-i])
	}
	return forward || backward
}
