package streets

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// gridSize is the number of cells on each side of the index.
const gridSize = 256

// grid is a uniform grid index over feature boxes: each cell lists the
// features whose box touches it, in ascending order. Read-only after
// newGrid.
type grid struct {
	b      orb.Bound
	cw, ch float64
	cells  [][]int32
}

func newGrid(boxes []orb.Bound) grid {
	g := grid{cells: make([][]int32, gridSize*gridSize)}
	for i, b := range boxes {
		if i == 0 {
			g.b = b
		} else {
			g.b = g.b.Union(b)
		}
	}
	g.cw = math.Max(1e-12, (g.b.Max[0]-g.b.Min[0])/gridSize)
	g.ch = math.Max(1e-12, (g.b.Max[1]-g.b.Min[1])/gridSize)
	for i, b := range boxes {
		x0, y0, x1, y1 := g.span(b)
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				g.cells[y*gridSize+x] = append(g.cells[y*gridSize+x], int32(i))
			}
		}
	}
	return g
}

// span is the range of cells b touches, clamped to the grid.
func (g *grid) span(b orb.Bound) (x0, y0, x1, y1 int) {
	c := func(v, lo, w float64) int { return max(0, min(gridSize-1, int((v-lo)/w))) }
	return c(b.Min[0], g.b.Min[0], g.cw), c(b.Min[1], g.b.Min[1], g.ch), c(b.Max[0], g.b.Min[0], g.cw), c(b.Max[1], g.b.Min[1], g.ch)
}

// query appends to dst the features whose box meets b, ascending and
// without repeats; seen is scratch of one bit per feature, left cleared.
func (g *grid) query(dst []int32, b orb.Bound, boxes []orb.Bound, seen []uint64) []int32 {
	if len(boxes) == 0 || !b.Intersects(g.b) {
		return dst
	}
	start := len(dst)
	x0, y0, x1, y1 := g.span(b)
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			for _, i := range g.cells[y*gridSize+x] {
				if seen[i>>6]&(1<<(i&63)) != 0 || !boxes[i].Intersects(b) {
					continue
				}
				seen[i>>6] |= 1 << (i & 63)
				dst = append(dst, i)
			}
		}
	}
	for _, i := range dst[start:] {
		seen[i>>6] &^= 1 << (i & 63)
	}
	slices.Sort(dst[start:])
	return dst
}
