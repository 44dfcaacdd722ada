package printmap

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// The districts' borders come from the khoroos' edges: an edge two
// khoroos of one district share is inside it, all others are drawn.
//
//	+----+----+----+----+
//	| a1 | a2 | b1 | b2 |   districts A and B
//	+----+----+----+----+
func TestDistrictEdges(t *testing.T) {
	sq := func(x float64) orb.Polygon {
		return orb.Polygon{{{x, 0}, {x + 1, 0}, {x + 1, 1}, {x, 1}, {x, 0}}}
	}
	ds := []Area{
		{Name: "A", Role: geo.RoleDistrict, Geometry: orb.MultiPolygon{sq(0), sq(1)}},
		{Name: "B", Role: geo.RoleDistrict, Geometry: orb.MultiPolygon{sq(2), sq(3)}},
	}
	edges := districtEdges(ds)
	if len(edges) != 11 {
		t.Errorf("%d edges, want the 10 of the outline and the border A|B", len(edges))
	}
	has := func(x float64) bool {
		for _, e := range edges {
			if e[0][0] == x && e[1][0] == x {
				return true
			}
		}
		return false
	}
	if !has(2) || has(1) || has(3) {
		t.Errorf("border A|B %v, inside A %v, inside B %v", has(2), has(1), has(3))
	}
}

// The city's page names its districts and draws their borders from the
// khoroos, and its inset enlarges the dense centre instead of repeating
// the map.
func TestCityPage(t *testing.T) {
	p := realProject(t)
	dm := p.districtsDrawn()
	if dm == nil || len(dm.names.Features) != 9 || len(dm.edges) == 0 {
		t.Fatalf("districts drawn: %+v", dm)
	}
	pg, _ := laidOut(t, p, Extent{}, Options{Date: day})
	if !pg.centre {
		t.Fatal("the city's page has no centre inset")
	}
	main, inset := pg.view.Bound(), pg.insetView.Bound()
	if !main.Contains(inset.Center()) || inset.Max[0]-inset.Min[0] > (main.Max[0]-main.Min[0])/4 {
		t.Errorf("the inset shows %v of the map's %v", inset, main)
	}
	named := false
	for _, l := range pg.scene.Layers {
		named = named || l.Layer == dm.names
	}
	if !named {
		t.Error("the districts are not named on the map")
	}
	a, _ := p.FindArea("sukhbaatar 6-r khoroo")
	if pg, _ := laidOut(t, p, Extent{Area: &a}, Options{Date: day}); pg.centre {
		t.Error("a khoroo's page enlarges the centre")
	}
}
