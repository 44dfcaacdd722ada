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
	// inner gives, for the polygons with holes (multipolygons), where
	// each inner ring starts in pts; holed has a bit set for each of them.
	inner map[int32][]int32
	holed []uint64
}

// NewSet prepares features for drawing; it takes ownership of the slice.
func NewSet(fs []Feature) *Set {
	slices.SortStableFunc(fs, func(a, b Feature) int { return cmp.Compare(a.Class, b.Class) })
	s := &Set{Features: fs, off: make([]int32, 1, len(fs)+1), box: make([]orb.Bound, len(fs))}
	for i := range fs {
		start := len(s.pts)
		s.pts = appendProjected(s.pts, fs[i].Geometry)
		outerEnd := len(s.pts)
		if p, ok := fs[i].Geometry.(orb.Polygon); ok && len(p) > 1 {
			s.addInner(int32(i), p[1:], len(fs))
		}
		s.off = append(s.off, int32(len(s.pts)))
		s.box[i] = orb.MultiPoint(s.pts[start:outerEnd]).Bound()
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

// addInner appends the inner rings of feature i (of n) to pts.
func (s *Set) addInner(i int32, rings []orb.Ring, n int) {
	if s.inner == nil {
		s.inner, s.holed = map[int32][]int32{}, make([]uint64, (n+63)/64)
	}
	for _, r := range rings {
		s.inner[i] = append(s.inner[i], int32(len(s.pts)))
		s.pts = appendProjected(s.pts, orb.LineString(r))
	}
	s.holed[i>>6] |= 1 << (i & 63)
}

// rings calls fn with each ring of feature i (its outer ring first) out
// of pixels, the feature's vertices as frame.pixels gives them.
func (s *Set) rings(i int32, pixels []orb.Point, fn func(orb.Ring)) {
	if s.holed == nil || s.holed[i>>6]&(1<<(i&63)) == 0 {
		fn(pixels)
		return
	}
	base, at := s.off[i], int32(0)
	for _, start := range s.inner[i] {
		fn(pixels[at : start-base])
		at = start - base
	}
	fn(pixels[at:])
}

// shape is feature i's projected vertices (all its rings, one after the
// other).
func (s *Set) shape(i int) []orb.Point { return s.pts[s.off[i]:s.off[i+1]] }

// Len is the number of features.
func (s *Set) Len() int { return len(s.Features) }
