package coverage

import (
	"cmp"
	"math"
	"slices"
	"sync/atomic"
)

// fillPolygons marks the cells whose centres lie in the rings (even-odd:
// holes and separate parts need no care), row by row. The rows are swept
// upwards with the edges that cross the current one: an edge is looked at
// in the rows it crosses only, and a row's crossings are sorted in n log n
// (an outline of a million 2 km zigzags crosses a row 70,000 times: going
// through every edge for every row and sorting by insertion did not finish
// in minutes).
func (g *grid) fillPolygons(rings [][][2]float64) {
	edges := edgesByBottom(rings)
	var active []edge
	var xs []float64
	next := 0
	for j := 0; j < g.h; j++ {
		y := g.y0 + (float64(j)+0.5)*g.c
		for ; next < len(edges) && edges[next].lo <= y; next++ {
			active = append(active, edges[next])
		}
		active = slices.DeleteFunc(active, func(e edge) bool { return e.hi <= y })
		xs = xs[:0]
		for _, e := range active {
			if (e.a[1] > y) != (e.b[1] > y) {
				xs = append(xs, e.a[0]+(y-e.a[1])*(e.b[0]-e.a[0])/(e.b[1]-e.a[1]))
			}
		}
		edgesLookedAt.Add(int64(len(active)))
		slices.Sort(xs)
		g.fillRow(j, xs)
	}
}

// fillRow marks the cells of row j whose centres lie between pairs of
// crossings.
func (g *grid) fillRow(j int, xs []float64) {
	for k := 0; k+1 < len(xs); k += 2 {
		i0 := int(math.Ceil((xs[k]-g.x0)/g.c - 0.5))
		i1 := int(math.Floor((xs[k+1]-g.x0)/g.c - 0.5))
		for i := max(i0, 0); i <= min(i1, g.w-1); i++ {
			g.inside[j*g.w+i] = true
		}
	}
}

// edge is a ring's edge with its lowest and highest y.
type edge struct {
	a, b   [2]float64
	lo, hi float64
}

// edgesByBottom lists the edges that are not horizontal, lowest first.
func edgesByBottom(rings [][][2]float64) []edge {
	var edges []edge
	for _, r := range rings {
		for k := 1; k < len(r); k++ {
			if a, b := r[k-1], r[k]; a[1] != b[1] {
				edges = append(edges, edge{a: a, b: b, lo: math.Min(a[1], b[1]), hi: math.Max(a[1], b[1])})
			}
		}
	}
	slices.SortFunc(edges, func(p, q edge) int { return cmp.Compare(p.lo, q.lo) })
	return edges
}

// edgesLookedAt counts the edges fillPolygons looked at, for the test that
// keeps it near the crossings it finds.
var edgesLookedAt atomic.Int64
