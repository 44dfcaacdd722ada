package sheets

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo/printmap"
)

// ReadableScale is the coarsest scale a sheet is printed at: 1:10 000,
// a millimetre of paper for 10 m of ground, where a leader can still
// draw a kiosk beside its street.
const ReadableScale = 10000

// split is the map frames of an area's sheets: one fitting it, or, when
// that one would be coarser than ReadableScale, a grid of frames at that
// scale, overlapping a little, keeping those that touch the area.
func split(a printmap.Area, l Layout) []orb.Bound {
	whole := frameBound(a.Geometry.Bound(), l.mapBox.w, l.mapBox.h, 0.04)
	maxWidth := l.mapBox.w / 1000 * ReadableScale // metres
	if GroundWidth(whole) <= maxWidth {
		return []orb.Bound{whole}
	}
	x0, y0 := world.Pixel(orb.Point{whole.Min[0], whole.Max[1]})
	x1, y1 := world.Pixel(orb.Point{whole.Max[0], whole.Min[1]})
	// a frame of maxWidth, less an overlap of 5% on each side, in world pixels
	fw := (x1 - x0) * maxWidth / GroundWidth(whole)
	fh := fw * l.mapBox.h / l.mapBox.w
	cols, rows := int(math.Ceil((x1-x0)/(0.9*fw))), int(math.Ceil((y1-y0)/(0.9*fh)))
	sx, sy := (x1-x0-fw)/math.Max(1, float64(cols-1)), (y1-y0-fh)/math.Max(1, float64(rows-1))
	var out []orb.Bound
	for r := range rows {
		for c := range cols {
			nw := world.LonLat(x0+float64(c)*sx, y0+float64(r)*sy)
			se := world.LonLat(x0+float64(c)*sx+fw, y0+float64(r)*sy+fh)
			b := orb.Bound{Min: orb.Point{nw[0], se[1]}, Max: orb.Point{se[0], nw[1]}}
			if touches(a.Geometry, b) {
				out = append(out, b)
			}
		}
	}
	return out
}

// touches reports whether area m has a corner inside b or holds b's
// centre.
func touches(m orb.MultiPolygon, b orb.Bound) bool {
	if planar.MultiPolygonContains(m, b.Center()) {
		return true
	}
	for _, p := range m {
		for _, r := range p {
			for _, pt := range r {
				if b.Contains(pt) {
					return true
				}
			}
		}
	}
	return false
}
