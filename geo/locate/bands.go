package locate

import (
	"math"

	"github.com/paulmach/orb"
)

// area is one feature's outline as edges kept in horizontal bands: each
// band lists the edges whose height overlaps it, so that a crossing test
// looks at one band only.
type area struct {
	bound orb.Bound
	bandH float64
	edges []edge
	// starts[b]..starts[b+1] are band b's entries in members, indices
	// into edges (one flat list: no slice per band).
	starts  []int32
	members []int32
}

type edge struct{ x1, y1, x2, y2 float64 }

// maxBands is the most bands an area gets; entriesPerEdge bounds how many
// bands, on average, list an edge. A tall edge lies in many bands: an
// outline of a million zigzags 2 km high would otherwise be listed a
// hundred million times, so such an outline gets fewer, taller bands.
const (
	maxBands       = 1024
	entriesPerEdge = 4
)

func newArea(mp orb.MultiPolygon) area {
	a := area{bound: mp.Bound(), edges: edgesOf(mp)}
	if len(a.edges) == 0 {
		a.edges = nil
		return a
	}
	nb := max(1, min(len(a.edges)/4, maxBands))
	for nb > 1 && a.entries(nb) > entriesPerEdge*len(a.edges) {
		nb /= 2
	}
	a.fill(nb)
	return a
}

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

// setBands sets the band height for nb bands.
func (a *area) setBands(nb int) {
	a.bandH = (a.bound.Max[1] - a.bound.Min[1]) / float64(nb)
	a.starts = make([]int32, nb+1)
}

// span returns the first and last band edge e lies in.
func (a *area) span(e *edge) (int, int) {
	return a.band(math.Min(e.y1, e.y2)), a.band(math.Max(e.y1, e.y2))
}

// entries counts the band entries nb bands would hold.
func (a *area) entries(nb int) int {
	a.setBands(nb)
	n := 0
	for i := range a.edges {
		b0, b1 := a.span(&a.edges[i])
		n += b1 - b0 + 1
	}
	return n
}

// fill puts every edge in the bands it overlaps: counts first, then one
// flat list.
func (a *area) fill(nb int) {
	a.setBands(nb)
	for i := range a.edges {
		b0, b1 := a.span(&a.edges[i])
		for b := b0; b <= b1; b++ {
			a.starts[b+1]++
		}
	}
	for b := range nb {
		a.starts[b+1] += a.starts[b]
	}
	a.members = make([]int32, a.starts[nb])
	next := append([]int32(nil), a.starts[:nb]...)
	for i := range a.edges {
		b0, b1 := a.span(&a.edges[i])
		for b := b0; b <= b1; b++ {
			a.members[next[b]] = int32(i)
			next[b]++
		}
	}
}

func (a *area) band(y float64) int {
	if a.bandH <= 0 {
		return 0
	}
	return max(0, min(len(a.starts)-2, int((y-a.bound.Min[1])/a.bandH)))
}
