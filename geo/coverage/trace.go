package coverage

import (
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// corner is a grid corner: (i, j) is the bottom-left corner of cell (i, j).
type corner struct{ i, j int32 }

// trace turns a mask of cells into polygons (in grid corner coordinates):
// outer rings counter-clockwise, holes clockwise, cells that touch only
// at a corner kept apart.
func trace(mask []bool, w, h int) []orb.Polygon {
	at := func(i, j int) bool { return i >= 0 && j >= 0 && i < w && j < h && mask[j*w+i] }
	next := map[corner][]corner{}
	edge := func(a, b corner) { next[a] = append(next[a], b) }
	for j := 0; j < h; j++ {
		for i := 0; i < w; i++ {
			if !mask[j*w+i] {
				continue
			}
			x, y := int32(i), int32(j)
			if !at(i, j-1) {
				edge(corner{x, y}, corner{x + 1, y})
			}
			if !at(i+1, j) {
				edge(corner{x + 1, y}, corner{x + 1, y + 1})
			}
			if !at(i, j+1) {
				edge(corner{x + 1, y + 1}, corner{x, y + 1})
			}
			if !at(i-1, j) {
				edge(corner{x, y + 1}, corner{x, y})
			}
		}
	}
	var rings []orb.Ring
	for start, ends := range next {
		if len(ends) != 1 {
			continue // start from plain corners; saddles are passed through
		}
		ring := walk(next, start)
		if len(ring) >= 4 {
			rings = append(rings, ring)
		}
	}
	return assemble(rings)
}

// walk follows the boundary from start, taking at each saddle corner the
// left turn, until it is back; it removes the edges it used.
func walk(next map[corner][]corner, start corner) orb.Ring {
	ring := orb.Ring{{float64(start.i), float64(start.j)}}
	cur, dir := start, corner{}
	for {
		ends := next[cur]
		if len(ends) == 0 {
			break
		}
		k := 0
		if len(ends) > 1 {
			for n, e := range ends {
				d := corner{e.i - cur.i, e.j - cur.j}
				if dir.i*d.j-dir.j*d.i > 0 { // a left turn
					k = n
				}
			}
		}
		to := ends[k]
		next[cur] = append(ends[:k:k], ends[k+1:]...)
		if len(next[cur]) == 0 {
			delete(next, cur)
		}
		dir = corner{to.i - cur.i, to.j - cur.j}
		cur = to
		p := orb.Point{float64(cur.i), float64(cur.j)}
		if n := len(ring); n >= 2 && collinear(ring[n-2], ring[n-1], p) {
			ring[n-1] = p
		} else {
			ring = append(ring, p)
		}
		if cur == start {
			break
		}
	}
	if n := len(ring); n >= 4 && collinear(ring[n-2], ring[0], ring[1]) { // the start is mid-edge
		ring = append(ring[1:n-1], ring[1])
	}
	return ring
}

func collinear(a, b, c orb.Point) bool {
	return (b[0]-a[0])*(c[1]-b[1])-(b[1]-a[1])*(c[0]-b[0]) == 0
}

// assemble sorts rings into outer rings (counter-clockwise) and the holes
// (clockwise) inside them.
func assemble(rings []orb.Ring) []orb.Polygon {
	var polys []orb.Polygon
	var holes []orb.Ring
	for _, r := range rings {
		if r.Orientation() == orb.CCW {
			polys = append(polys, orb.Polygon{r})
		} else {
			holes = append(holes, r)
		}
	}
	// a hole belongs to the smallest outer ring around it (an island in a
	// lake in an island: the inner one)
	sort.Slice(polys, func(a, b int) bool { return planar.Area(polys[a][0]) < planar.Area(polys[b][0]) })
	for _, hole := range holes {
		for k := range polys {
			if planar.RingContains(polys[k][0], hole[0]) {
				polys[k] = append(polys[k], hole)
				break
			}
		}
	}
	return polys
}
