package streets

import (
	"cmp"
	"slices"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

// Set is a prepared street map: its features sorted by class (drawing
// order), each projected once to Web Mercator pixels at zoom 0, and a
// grid index over them. A Set is not changed after NewSet and is safe for
// concurrent reads.
type Set struct {
	Features []Feature
	// Bound is the lon/lat box of all features.
	Bound orb.Bound
	pts   []orb.Point // projected vertices of every feature, one after another
	off   []int32     // feature i's vertices are pts[off[i]:off[i+1]]
	box   []orb.Bound // projected box of each feature
	grid  grid
}

// NewSet prepares features for drawing; it takes ownership of the slice.
func NewSet(fs []Feature) *Set {
	slices.SortStableFunc(fs, func(a, b Feature) int { return cmp.Compare(a.Class, b.Class) })
	s := &Set{Features: fs, off: make([]int32, 1, len(fs)+1), box: make([]orb.Bound, len(fs))}
	for i := range fs {
		start := len(s.pts)
		s.pts = appendProjected(s.pts, fs[i].Geometry)
		s.off = append(s.off, int32(len(s.pts)))
		s.box[i] = orb.MultiPoint(s.pts[start:]).Bound()
		if i == 0 {
			s.Bound = fs[i].Geometry.Bound()
		} else {
			s.Bound = s.Bound.Union(fs[i].Geometry.Bound())
		}
	}
	s.grid = newGrid(s.box)
	return s
}

// appendProjected appends the vertices of g (a line, a polygon's outer
// ring, or a point) in WorldPixel coordinates.
func appendProjected(dst []orb.Point, g orb.Geometry) []orb.Point {
	var ps []orb.Point
	switch g := g.(type) {
	case orb.Point:
		ps = []orb.Point{g}
	case orb.LineString:
		ps = g
	case orb.Polygon:
		if len(g) > 0 {
			ps = g[0]
		}
	}
	for _, p := range ps {
		dst = append(dst, render.WorldPixel(p))
	}
	return dst
}

// shape is feature i's projected vertices.
func (s *Set) shape(i int) []orb.Point { return s.pts[s.off[i]:s.off[i+1]] }

// Len is the number of features.
func (s *Set) Len() int { return len(s.Features) }
