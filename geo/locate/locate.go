// Package locate answers "which area contains this point?" quickly for
// many points: a grid over a layer's features finds the few candidates,
// and a grid over each candidate's outline lets the crossing test look at
// the edges of one cell instead of the whole outline.
package locate

import (
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// Index finds the feature of a polygon layer containing a point. It is
// built once and then safe for concurrent use; it does not see later
// changes to the layer.
type Index struct {
	bound  orb.Bound
	nx, ny int
	cells  [][]int32 // per grid cell: features whose bound overlaps it
	areas  []feature
}

// New indexes the polygon features of l. Point layers give an empty index.
func New(l *geo.Layer) *Index {
	ix := &Index{bound: l.Bound}
	if l.Kind != geo.Polygons || len(l.Features) == 0 {
		return ix
	}
	ix.areas = make([]feature, len(l.Features))
	for i := range l.Features {
		ix.areas[i].mp, _ = l.Features[i].Geometry.(orb.MultiPolygon)
		ix.areas[i].bound = ix.areas[i].mp.Bound()
	}
	ix.grid()
	return ix
}

// grid spreads the features over about four cells per feature.
func (ix *Index) grid() {
	n := len(ix.areas)
	side := int(math.Ceil(math.Sqrt(float64(4 * n))))
	ix.nx, ix.ny = min(side, 512), min(side, 512)
	ix.cells = make([][]int32, ix.nx*ix.ny)
	for i := range ix.areas {
		a := &ix.areas[i]
		if len(a.mp) == 0 {
			continue
		}
		x0, y0 := ix.cell(a.bound.Min)
		x1, y1 := ix.cell(a.bound.Max)
		for y := y0; y <= y1; y++ {
			for x := x0; x <= x1; x++ {
				ix.cells[y*ix.nx+x] = append(ix.cells[y*ix.nx+x], int32(i))
			}
		}
	}
}

// cell returns the grid cell of p, clamped to the grid.
func (ix *Index) cell(p orb.Point) (int, int) {
	w, h := ix.bound.Max[0]-ix.bound.Min[0], ix.bound.Max[1]-ix.bound.Min[1]
	x, y := 0, 0
	if w > 0 {
		x = int((p[0] - ix.bound.Min[0]) / w * float64(ix.nx))
	}
	if h > 0 {
		y = int((p[1] - ix.bound.Min[1]) / h * float64(ix.ny))
	}
	return max(0, min(ix.nx-1, x)), max(0, min(ix.ny-1, y))
}

// Find returns the index of the first feature (in layer order) containing
// p, or -1. A point exactly on an edge may be counted on either side.
func (ix *Index) Find(p orb.Point) int {
	if len(ix.areas) == 0 || !ix.bound.Contains(p) {
		return -1
	}
	x, y := ix.cell(p)
	best := -1
	for _, i := range ix.cells[y*ix.nx+x] {
		if (best < 0 || int(i) < best) && ix.areas[i].contains(p) {
			best = int(i)
		}
	}
	return best
}
