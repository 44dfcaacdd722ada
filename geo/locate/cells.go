package locate

import (
	"math"

	"github.com/paulmach/orb"
)

// edgesOf lists the edges of every ring, leaving out those of no length.
func edgesOf(mp orb.MultiPolygon) []edge {
	n := 0
	for _, poly := range mp {
		for _, ring := range poly {
			n += len(ring)
		}
	}
	edges := make([]edge, 0, n)
	for _, poly := range mp {
		for _, ring := range poly {
			for k := 1; k < len(ring); k++ {
				if ring[k-1] != ring[k] {
					edges = append(edges, edge{ring[k-1][0], ring[k-1][1], ring[k][0], ring[k][1]})
				}
			}
		}
	}
	return edges
}

// setGrid sets an nx by ny grid over the bound.
func (a *area) setGrid(nx, ny int) {
	a.nx, a.ny = nx, ny
	a.cw = (a.bound.Max[0] - a.bound.Min[0]) / float64(nx)
	a.ch = (a.bound.Max[1] - a.bound.Min[1]) / float64(ny)
}

// col and row return the cell of x and y, clamped to the grid.
func (a *area) col(x float64) int { return clamp((x-a.bound.Min[0])/a.cw, a.nx) }
func (a *area) row(y float64) int { return clamp((y-a.bound.Min[1])/a.ch, a.ny) }

func clamp(f float64, n int) int {
	if !(f > 0) { // also NaN, from a grid of no width
		return 0
	}
	if f >= float64(n) {
		return n - 1
	}
	return int(f)
}

// line is the x of the line between columns i-1 and i.
func (a *area) line(i int) float64 { return a.bound.Min[0] + float64(i)*a.cw }

// cells calls f with each cell edge e may cross a horizontal line in:
// row by row, the columns its part in that row spans, a millionth of a
// cell wider on each side so that rounding loses none. Horizontal edges
// cross no line, and are in no cell.
func (a *area) cells(e *edge, f func(c int)) {
	if e.y1 == e.y2 {
		return
	}
	lo, hi := math.Min(e.y1, e.y2), math.Max(e.y1, e.y2)
	dy, dx := a.ch*1e-6, a.cw*1e-6
	for j := a.row(lo - dy); j <= a.row(hi+dy); j++ {
		y0 := math.Max(lo, a.bound.Min[1]+float64(j)*a.ch-dy)
		y1 := math.Min(hi, a.bound.Min[1]+float64(j+1)*a.ch+dy)
		x0 := e.x1 + (y0-e.y1)*(e.x2-e.x1)/(e.y2-e.y1)
		x1 := e.x1 + (y1-e.y1)*(e.x2-e.x1)/(e.y2-e.y1)
		for i := a.col(math.Min(x0, x1) - dx); i <= a.col(math.Max(x0, x1)+dx); i++ {
			f(j*a.nx + i)
		}
	}
}

// entries is about the cell entries an nx by ny grid would hold: an edge
// is in a cell per row and per column it crosses.
func (a *area) entries(nx, ny int) int {
	a.setGrid(nx, ny)
	n := 0
	for k := range a.edges {
		e := &a.edges[k]
		n += 1 + abs(a.row(e.y2)-a.row(e.y1)) + abs(a.col(e.x2)-a.col(e.x1))
	}
	return n
}

func abs(i int) int { return max(i, -i) }

// fill lists every edge in its cells: counts first, then one flat list.
func (a *area) fill(nx, ny int) {
	a.setGrid(nx, ny)
	a.starts = make([]int32, nx*ny+1)
	for k := range a.edges {
		a.cells(&a.edges[k], func(c int) { a.starts[c+1]++ })
	}
	for c := range nx * ny {
		a.starts[c+1] += a.starts[c]
	}
	a.members = make([]int32, a.starts[nx*ny])
	next := append([]int32(nil), a.starts[:nx*ny]...)
	for k := range a.edges {
		a.cells(&a.edges[k], func(c int) {
			a.members[next[c]] = int32(k)
			next[c]++
		})
	}
}
