package geo

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
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
