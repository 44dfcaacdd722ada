package locate

import (
	"math"
	"slices"
	"sort"

	"github.com/paulmach/orb"
)

// area is one feature's outline over a grid of its own. A point's ray
// goes east to the end of its cell, then down the cell's east side, the
// station, to below the outline: its crossings are those with the edges
// listed in the point's cell, plus those of the station below the point,
// counted once for all by a binary search. The work is a cell's edges,
// however many edges a horizontal line would cross (a zigzag of a million
// 2 km spikes: tens of thousands).
type area struct {
	bound  orb.Bound
	nx, ny int
	cw, ch float64 // a cell's width and height
	edges  []edge
	// starts[c]..starts[c+1] are cell c's entries in members, indices into
	// edges (one flat list: no slice per cell).
	starts  []int32
	members []int32
	// stations[i] are the heights, sorted, at which edges cross the line
	// between columns i-1 and i.
	stations [][]float64
}

type edge struct{ x1, y1, x2, y2 float64 }

// maxSide is the most columns or rows an outline's grid gets;
// entriesPerEdge bounds how many cells, on average, list an edge.
const (
	maxSide        = 1024
	entriesPerEdge = 8
)

func newArea(mp orb.MultiPolygon) area {
	a := area{bound: mp.Bound(), edges: edgesOf(mp)}
	if len(a.edges) == 0 {
		a.edges = nil
		return a
	}
	w, h := a.bound.Max[0]-a.bound.Min[0], a.bound.Max[1]-a.bound.Min[1]
	cells := max(1.0, float64(len(a.edges))/2)
	nx, ny := 1, 1
	if w > 0 && h > 0 {
		nx = min(maxSide, max(1, int(math.Sqrt(cells*w/h))))
		ny = min(maxSide, max(1, int(cells)/nx))
	}
	for (nx > 1 || ny > 1) && a.entries(nx, ny) > entriesPerEdge*len(a.edges) {
		nx, ny = max(1, nx*3/4), max(1, ny*3/4)
	}
	a.build(nx, ny)
	return a
}

// build lists the edges of each cell of an nx by ny grid, and the
// stations.
func (a *area) build(nx, ny int) {
	a.fill(nx, ny)
	a.stationsOf()
}

// contains counts crossings of the point's path (even-odd, so holes and
// separate parts need no special care). The path is the ray of plain ray
// casting bent down at the station; a vertex exactly on the bend is
// counted as if the station lay a hair further east than the ray a hair
// higher, so that it is counted once.
func (a *area) contains(p orb.Point) bool {
	if a.edges == nil || !a.bound.Contains(p) {
		return false
	}
	i, j := a.col(p[0]), a.row(p[1])
	limit, in := math.Inf(1), false
	if i < a.nx-1 {
		limit = a.line(i + 1)
		s := a.stations[i+1]
		in = sort.SearchFloat64s(s, math.Nextafter(p[1], math.Inf(1)))%2 == 1
	}
	c := j*a.nx + i
	for _, k := range a.members[a.starts[c]:a.starts[c+1]] {
		e := &a.edges[k]
		if (e.y1 > p[1]) != (e.y2 > p[1]) {
			x := e.x1 + (p[1]-e.y1)*(e.x2-e.x1)/(e.y2-e.y1)
			if x > p[0] && (x < limit || x == limit && (e.x2-e.x1)*(e.y2-e.y1) <= 0) {
				in = !in
			}
		}
	}
	return in
}

// stationsOf lists where edges cross each line between columns: counts
// first, then the heights.
func (a *area) stationsOf() {
	n := make([]int, a.nx)
	a.eachStation(func(i int, _ float64) { n[i]++ })
	a.stations = make([][]float64, a.nx)
	for i := range a.stations {
		a.stations[i] = make([]float64, 0, n[i])
	}
	a.eachStation(func(i int, y float64) { a.stations[i] = append(a.stations[i], y) })
	for _, s := range a.stations {
		slices.Sort(s)
	}
}

// eachStation calls f with every line between columns an edge crosses, and
// the height it crosses it at.
func (a *area) eachStation(f func(i int, y float64)) {
	for k := range a.edges {
		e := &a.edges[k]
		for i := max(1, a.col(math.Min(e.x1, e.x2))); i <= min(a.nx-1, a.col(math.Max(e.x1, e.x2))+1); i++ {
			if x := a.line(i); (e.x1 > x) != (e.x2 > x) {
				f(i, e.y1+(x-e.x1)*(e.y2-e.y1)/(e.x2-e.x1))
			}
		}
	}
}
