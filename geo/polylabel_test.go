package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo/synth"
)

// An L-shaped ger area: its centroid falls outside, in the notch.
//
//	(0,10) +--+
//	       |  |
//	       |  +-------+ (10,2)
//	       |          |
//	 (0,0) +----------+ (10,0)
func TestLabelPointInsideConcave(t *testing.T) {
	l := orb.Polygon{{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 10}, {0, 10}, {0, 0}}}
	c, _ := planar.CentroidArea(l)
	if planar.PolygonContains(l, c) {
		t.Fatal("test shape is wrong: the centroid should be outside")
	}
	p := LabelPoint(l, 0.01)
	if !planar.PolygonContains(l, p) {
		t.Errorf("label point %v is outside the polygon", p)
	}
	if d := signedDistance(p, l); d < 0.99 {
		t.Errorf("label point %v is only %v from an edge, want about 1", p, d)
	}
}

func TestLabelPointSquare(t *testing.T) {
	sq := orb.Polygon{{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}}
	p := LabelPoint(sq, 0.001)
	if p[0] < 1.99 || p[0] > 2.01 || p[1] < 1.99 || p[1] > 2.01 {
		t.Errorf("got %v, want the centre (2, 2)", p)
	}
}

func TestLabelPointAvoidsHole(t *testing.T) {
	donut := orb.Polygon{
		{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
		{{3, 3}, {3, 7}, {7, 7}, {7, 3}, {3, 3}},
	}
	p := LabelPoint(donut, 0.01)
	if !planar.PolygonContains(donut, p) {
		t.Errorf("label point %v is in the hole or outside", p)
	}
}

func TestLabelPointDegenerate(t *testing.T) {
	if p := LabelPoint(orb.Polygon{{{1, 1}, {1, 1}, {1, 1}}}, 0.1); p != (orb.Point{1, 1}) {
		t.Errorf("got %v", p)
	}
	if p := LabelPoint(nil, 0.1); p != (orb.Point{}) {
		t.Errorf("got %v", p)
	}
}

// Every spot LabelPoint tries is measured against every edge: on the
// tester's zigzag of a million vertices that was 2,000 spots, a minute
// per khoroo. A big outline is now searched on a thinned copy, and the
// answer still lies well inside the whole one.
func TestLabelPointWorkOnBigOutline(t *testing.T) {
	for _, spike := range []float64{0, 0.3} {
		const n = 200_000
		poly := orb.Polygon{synth.Zigzag(n, spike)}
		before := measuredEdges.Load()
		p := LabelPoint(poly, 1e-6)
		if work := measuredEdges.Load() - before; work > 64*n {
			t.Errorf("spike %v: %d edges measured for %d vertices, more than 64 a vertex", spike, work, n)
		}
		if d := signedDistance(p, poly); d < 0.01 {
			t.Errorf("spike %v: label point %v is %v from the outline, want about 0.0134 (the circle's middle)", spike, p, d)
		}
	}
}

// When the thinned outline misleads (here a thin slit cut into the middle
// of a square of 25,000 vertices, which thinning skips), the
// label point is still inside the whole outline.
func TestLabelPointThinnedMisses(t *testing.T) {
	const n = 5000
	var r orb.Ring
	side := func(x0, y0, x1, y1 float64) {
		for i := range n {
			f := float64(i) / n
			r = append(r, orb.Point{x0 + f*(x1-x0), y0 + f*(y1-y0)})
		}
	}
	side(0, 0, 10, 0)
	side(10, 0, 10, 10)
	side(10, 10, 5.001, 10)
	r = append(r, orb.Point{5.001, 10}, orb.Point{5.001, 10}, orb.Point{5.001, 1}, orb.Point{4.999, 1})
	side(4.999, 10, 0, 10)
	side(0, 10, 0, 0)
	r = append(r, r[0])
	poly := orb.Polygon{r}
	k := (len(r) + maxLabelVertices - 1) / maxLabelVertices
	if d := signedDistance(pole(thin(poly, k), 1e-3, math.MaxInt), poly); d > 0 {
		t.Fatalf("the test does not test the fallback: the thinned outline's answer is inside (%v)", d)
	}
	if p := LabelPoint(poly, 1e-3); signedDistance(p, poly) <= 0 {
		t.Errorf("label point %v is outside the outline", p)
	}
}
