package load

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// The pairs of edges compared when looking for a ring's self-crossing are
// at most crossingChecksPerEdge times its edges, and maxCrossingChecks;
// past that (a ring zigzagging over itself) it is taken as it is, so the
// check costs at most a little more than reading the ring.
const (
	crossingChecksPerEdge = 16
	maxCrossingChecks     = 1 << 22
)

// edgeWest is an edge of a ring (the index of its first vertex) and its
// west end.
type edgeWest struct {
	west float64
	e    int32
}

// crossing finds two edges of the closed ring r that cross each other
// (properly: touching at a vertex is not crossing), returning the index of
// each edge's first vertex (i < j) and the point where they cross. Edges
// are swept in order of their west ends, so only edges overlapping in
// longitude are compared. idx is scratch space, returned for reuse.
func crossing(r []orb.Point, idx []edgeWest) (i, j int, at orb.Point, ok bool, scratch []edgeWest) {
	m := len(r) - 1 // edges
	if m < 4 {
		return 0, 0, orb.Point{}, false, idx // a triangle cannot cross itself
	}
	idx = idx[:0]
	for e := range m {
		idx = append(idx, edgeWest{min(r[e][0], r[e+1][0]), int32(e)})
	}
	slices.SortFunc(idx, func(a, b edgeWest) int { return cmp.Compare(a.west, b.west) })
	checks, most := 0, min(maxCrossingChecks, crossingChecksPerEdge*m)
	for a, ew := range idx {
		e := ew.e
		east := max(r[e][0], r[e+1][0])
		for _, fw := range idx[a+1:] {
			if fw.west > east {
				break
			}
			if checks++; checks > most {
				return 0, 0, orb.Point{}, false, idx
			}
			lo, hi := int(min(e, fw.e)), int(max(e, fw.e))
			if hi-lo == 1 || (lo == 0 && hi == m-1) {
				continue // neighbours share a vertex
			}
			if p, ok := cross(r[lo], r[lo+1], r[hi], r[hi+1]); ok {
				return lo, hi, p, true, idx
			}
		}
	}
	return 0, 0, orb.Point{}, false, idx
}

// cross reports whether segments ab and cd cross at a point inside both,
// and where.
func cross(a, b, c, d orb.Point) (orb.Point, bool) {
	d1, d2 := orient(c, d, a), orient(c, d, b)
	d3, d4 := orient(a, b, c), orient(a, b, d)
	if !(d1*d2 < 0 && d3*d4 < 0) {
		return orb.Point{}, false
	}
	t := d1 / (d1 - d2)
	return orb.Point{a[0] + t*(b[0]-a[0]), a[1] + t*(b[1]-a[1])}, true
}

// orient is twice the signed area of triangle abc: positive when c is to
// the left of ab.
func orient(a, b, c orb.Point) float64 {
	return (b[0]-a[0])*(c[1]-a[1]) - (b[1]-a[1])*(c[0]-a[0])
}

// flat reports whether a closed ring encloses no area: all its points lie
// on one line (its area is nothing next to the square of its extent).
func flat(r []orb.Point) bool {
	var twice float64 // from the first point, so that big projected numbers cancel less
	o, b := r[0], orb.Bound{Min: r[0], Max: r[0]}
	for k := 0; k+1 < len(r); k++ {
		twice += (r[k][0]-o[0])*(r[k+1][1]-o[1]) - (r[k+1][0]-o[0])*(r[k][1]-o[1])
		b = b.Extend(r[k+1])
	}
	dx, dy := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	ext := dx*dx + dy*dy
	if math.IsInf(ext, 0) || math.IsNaN(ext) || math.IsNaN(twice) {
		return false // not a real ring at all: the range checks say why
	}
	return math.Abs(twice) <= 1e-9*ext
}

// split cuts a closed ring where two of its edges cross (edges i and j,
// at p) into the two closed rings on either side of the crossing.
func split(r []orb.Point, i, j int, p orb.Point) (a, b []orb.Point) {
	a = append(append([]orb.Point{p}, r[i+1:j+1]...), p)
	b = append([]orb.Point{p}, r[j+1:]...)
	b = append(b, r[1:i+1]...)
	return a, append(b, p)
}
