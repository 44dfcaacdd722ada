package load

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// maxCrossingChecks bounds the pairs of edges compared when looking for a
// ring's self-crossing; past it the ring is taken as it is.
const maxCrossingChecks = 1 << 22

// crossing finds two edges of the closed ring r that cross each other
// (properly: touching at a vertex is not crossing), returning the index of
// each edge's first vertex (i < j) and the point where they cross. Edges
// are swept in order of their west ends, so only edges overlapping in
// longitude are compared. idx is scratch space.
func crossing(r []orb.Point, idx []int32) (i, j int, at orb.Point, ok bool, scratch []int32) {
	m := len(r) - 1 // edges
	idx = idx[:0]
	for e := range m {
		idx = append(idx, int32(e))
	}
	west := func(e int32) float64 { return min(r[e][0], r[e+1][0]) }
	slices.SortFunc(idx, func(a, b int32) int {
		if c := cmp.Compare(west(a), west(b)); c != 0 {
			return c
		}
		return int(a - b)
	})
	checks := 0
	for a, e := range idx {
		east := max(r[e][0], r[e+1][0])
		for _, f := range idx[a+1:] {
			if west(f) > east {
				break
			}
			if checks++; checks > maxCrossingChecks {
				return 0, 0, orb.Point{}, false, idx
			}
			lo, hi := int(min(e, f)), int(max(e, f))
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
