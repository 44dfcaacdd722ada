package photoimport

import (
	"math"
	"slices"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Attach returns the edit that adds the photo photoID to the annotation
// with the ID target (a service point, a gap point or a gap area),
// stamped as changed now by author: how a photo without a position goes
// onto the annotation a person chose, and how an import attaches a photo
// taken near one. It is false when s holds no annotation with that ID.
// s is not changed.
func Attach(s *annot.Set, target, photoID, author string, now time.Time) (annot.Change, bool) {
	var c annot.Change
	if p, ok := s.Point(target); ok {
		c = annot.Change{OldPoint: &p, NewPoint: &p}
	} else if g, ok := s.Gap(target); ok {
		c = annot.Change{OldGap: &g, NewGap: &g}
	} else {
		return annot.Change{}, false
	}
	return annot.Touch(withPhoto(c, photoID), author, now), true
}

// withPhoto returns c with photo id added to the photos of its new side,
// a copy: c's old side and its lists are left as they were.
func withPhoto(c annot.Change, id string) annot.Change {
	if c.NewPoint != nil {
		upd := *c.NewPoint
		upd.Photos = append(slices.Clip(upd.Photos), id)
		c.NewPoint = &upd
	}
	if c.NewGap != nil {
		upd := *c.NewGap
		upd.Photos = append(slices.Clip(upd.Photos), id)
		c.NewGap = &upd
	}
	return c
}

// nearest is the ID of the annotation a photo taken at `at` belongs to:
// the nearest service point or gap point within max metres; else the
// gap area that holds it, or whose edge is nearest within max metres
// (the first such area when several hold it); "" when there is none.
func nearest(s *annot.Set, at orb.Point, max float64) string {
	best, id := max, ""
	for i := range s.Points {
		if d := metres(at, s.Points[i].Location); d <= best {
			best, id = d, s.Points[i].ID
		}
	}
	for i := range s.Gaps {
		if q, ok := s.Gaps[i].Geometry.(orb.Point); ok {
			if d := metres(at, q); d <= best {
				best, id = d, s.Gaps[i].ID
			}
		}
	}
	if id != "" {
		return id
	}
	best = max
	for i := range s.Gaps {
		if poly, ok := s.Gaps[i].Geometry.(orb.Polygon); ok {
			if d := areaMetres(at, poly); d < best || (id == "" && d <= best) {
				best, id = d, s.Gaps[i].ID
			}
		}
	}
	return id
}

// areaMetres is how far at lies from an area, in metres: 0 inside it (a
// hole is outside), else the distance to its nearest edge.
func areaMetres(at orb.Point, poly orb.Polygon) float64 {
	if planar.PolygonContains(poly, at) {
		return 0
	}
	d := math.Inf(1)
	for _, r := range poly {
		for i := 1; i < len(r); i++ {
			d = min(d, segmentMetres(local(at, r[i-1]), local(at, r[i])))
		}
	}
	return d
}

// segmentMetres is the distance from the origin to the segment a-b, in
// the local plane's metres.
func segmentMetres(a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, -(a[0]*dx+a[1]*dy)/l))
	}
	return math.Hypot(a[0]+t*dx, a[1]+t*dy)
}

const earthRadius = 6371008.8 // metres, the WGS84 sphere's mean

// local is p in metres east and north of origin, on the plane tangent
// there (good to a fraction of a metre within a few km).
func local(origin, p orb.Point) orb.Point {
	lat := (origin[1] + p[1]) / 2 * math.Pi / 180
	return orb.Point{(p[0] - origin[0]) * math.Pi / 180 * math.Cos(lat) * earthRadius, (p[1] - origin[1]) * math.Pi / 180 * earthRadius}
}

// metres is the distance between two nearby positions.
func metres(a, b orb.Point) float64 {
	q := local(a, b)
	return math.Hypot(q[0], q[1])
}
