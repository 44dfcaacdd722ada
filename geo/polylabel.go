package geo

import (
	"container/heap"
	"math"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// LabelPoint returns the pole of inaccessibility of a polygon: the point
// inside it farthest from its edges, found to within precision (in the
// polygon's own units). Unlike the centroid it always lies inside, so a
// label on a concave ger area sits on the area. Coordinates are treated as
// planar: pass projected coordinates for distances to mean anything.
//
// Each candidate spot is measured against every edge, so a polygon of more
// than maxLabelVertices vertices is searched on a thinned copy (every k-th
// vertex): the answer is checked against the whole outline, and when it
// falls outside, the whole outline is searched with a few cells only. The
// work stays a small multiple of the vertices.
func LabelPoint(poly orb.Polygon, precision float64) orb.Point {
	n := 0
	for _, r := range poly {
		n += len(r)
	}
	if n <= maxLabelVertices {
		return pole(poly, precision, math.MaxInt)
	}
	if p := pole(thin(poly, (n+maxLabelVertices-1)/maxLabelVertices), precision, math.MaxInt); signedDistance(p, poly) > 0 {
		return p
	}
	return pole(poly, precision, fallbackCells)
}

// maxLabelVertices is the most vertices LabelPoint measures every spot
// against; fallbackCells the spots it measures on a bigger outline when
// the thinned one misled it.
const (
	maxLabelVertices = 4096
	fallbackCells    = 32
)

// thin keeps every k-th vertex (and the closing one) of each ring of more
// than 4k vertices; smaller rings stay whole.
func thin(poly orb.Polygon, k int) orb.Polygon {
	out := make(orb.Polygon, len(poly))
	for j, r := range poly {
		if out[j] = r; len(r) <= 4*k {
			continue
		}
		out[j] = make(orb.Ring, 0, len(r)/k+2)
		for i := 0; i < len(r)-1; i += k {
			out[j] = append(out[j], r[i])
		}
		out[j] = append(out[j], r[len(r)-1])
	}
	return out
}

// pole is the search of LabelPoint, measuring at most cells spots.
func pole(poly orb.Polygon, precision float64, cells int) orb.Point {
	if len(poly) == 0 || len(poly[0]) == 0 {
		return orb.Point{}
	}
	b := poly[0].Bound()
	size := math.Min(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])
	if size <= 0 || precision <= 0 {
		return b.Center()
	}
	centroid, _ := planar.CentroidArea(poly)
	best := newCell(centroid, 0, poly)
	if c := newCell(b.Center(), 0, poly); c.d > best.d {
		best = c
	}
	var q cellQueue
	h := size / 2
	for x := b.Min[0]; x < b.Max[0] && len(q) < cells; x += size {
		for y := b.Min[1]; y < b.Max[1] && len(q) < cells; y += size {
			heap.Push(&q, newCell(orb.Point{x + h, y + h}, h, poly))
		}
	}
	for measured := len(q) + 2; q.Len() > 0; {
		c := heap.Pop(&q).(cell)
		if c.d > best.d {
			best = c
		}
		if c.max-best.d <= precision || measured >= cells {
			continue
		}
		h := c.h / 2
		for _, d := range [4][2]float64{{-1, -1}, {1, -1}, {-1, 1}, {1, 1}} {
			heap.Push(&q, newCell(orb.Point{c.p[0] + d[0]*h, c.p[1] + d[1]*h}, h, poly))
		}
		measured += 4
	}
	return best.p
}

// cell is a square of half-size h centred on p; d is the signed distance
// from p to the polygon (negative outside) and max the best distance any
// point in the cell could have.
type cell struct {
	p    orb.Point
	h, d float64
	max  float64
}

func newCell(p orb.Point, h float64, poly orb.Polygon) cell {
	d := signedDistance(p, poly)
	return cell{p: p, h: h, d: d, max: d + h*math.Sqrt2}
}

// signedDistance is the distance from p to the polygon's nearest edge,
// negative when p lies outside.
func signedDistance(p orb.Point, poly orb.Polygon) float64 {
	inside := false
	minSq := math.Inf(1)
	for _, ring := range poly {
		measuredEdges.Add(int64(len(ring)))
		for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
			a, b := ring[i], ring[j]
			if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
				inside = !inside
			}
			minSq = math.Min(minSq, segmentDistanceSq(p, a, b))
		}
	}
	d := math.Sqrt(minSq)
	if !inside {
		return -d
	}
	return d
}

func segmentDistanceSq(p, a, b orb.Point) float64 {
	x, y := a[0], a[1]
	dx, dy := b[0]-x, b[1]-y
	if dx != 0 || dy != 0 {
		t := ((p[0]-x)*dx + (p[1]-y)*dy) / (dx*dx + dy*dy)
		if t > 1 {
			x, y = b[0], b[1]
		} else if t > 0 {
			x, y = x+dx*t, y+dy*t
		}
	}
	dx, dy = p[0]-x, p[1]-y
	return dx*dx + dy*dy
}

// measuredEdges counts the edges signedDistance went through,
// for the tests that keep LabelPoint's work bounded.
var measuredEdges atomic.Int64

// cellQueue is a max-heap of cells by their potential distance.
type cellQueue []cell

func (q cellQueue) Len() int           { return len(q) }
func (q cellQueue) Less(i, j int) bool { return q[i].max > q[j].max }
func (q cellQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *cellQueue) Push(x any)        { *q = append(*q, x.(cell)) }
func (q *cellQueue) Pop() any {
	old := *q
	c := old[len(old)-1]
	*q = old[:len(old)-1]
	return c
}
