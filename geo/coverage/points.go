package coverage

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// pointIndex buckets points in a lon/lat grid about the reach in size, so
// that an area finds the points that can reach it without looking at all.
type pointIndex struct {
	cell    float64 // degrees
	buckets map[[2]int][]orb.Point
}

func newPointIndex(pts []orb.Point, reach float64) *pointIndex {
	ix := &pointIndex{cell: math.Max(reach/111320*2, 1e-4), buckets: map[[2]int][]orb.Point{}}
	for _, p := range pts {
		k := ix.key(p)
		ix.buckets[k] = append(ix.buckets[k], p)
	}
	return ix
}

func (ix *pointIndex) key(p orb.Point) [2]int {
	return [2]int{int(math.Floor(p[0] / ix.cell)), int(math.Floor(p[1] / ix.cell))}
}

// near returns the points within reach metres of bound b (a little more).
func (ix *pointIndex) near(b orb.Bound, reach float64) []orb.Point {
	lat := math.Max(math.Abs(b.Min[1]), math.Abs(b.Max[1]))
	dLat := reach / 111320 * 1.01
	dLon := dLat / math.Max(math.Cos(lat*math.Pi/180), 0.01)
	lo := ix.key(orb.Point{b.Min[0] - dLon, b.Min[1] - dLat})
	hi := ix.key(orb.Point{b.Max[0] + dLon, b.Max[1] + dLat})
	var out []orb.Point
	for i := lo[0]; i <= hi[0]; i++ {
		for j := lo[1]; j <= hi[1]; j++ {
			out = append(out, ix.buckets[[2]int{i, j}]...)
		}
	}
	return out
}

func geoContains(mp orb.MultiPolygon, p orb.Point) bool { return planar.MultiPolygonContains(mp, p) }
