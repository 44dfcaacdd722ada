package annot

import (
	"runtime"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/synth"
)

// An assigner over one khoroo of 200,000 vertices and no district layer
// has no district to look up under the khoroo's label point, so it does
// not look for the label point (a minute at a million vertices, before
// LabelPoint thinned big outlines), and places a point all the same.
func TestAssignerBigKhorooWithoutDistricts(t *testing.T) {
	l := &geo.Layer{Kind: geo.Polygons, Features: []geo.Feature{
		{Name: "Зигзаг-р хороо", Geometry: orb.MultiPolygon{{synth.Zigzag(200_000, 0.3)}}},
	}}
	l.ComputeBound()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	a := NewAssigner([]Boundary{{Layer: l, Role: geo.RoleKhoroo}})
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 128<<10 {
		t.Errorf("the assigner allocated %d KB", got>>10)
	}
	if pl := a.At(orb.Point{106.92, 47.96}); pl.Khoroo != "Зигзаг-р хороо" {
		t.Errorf("places at the middle: %+v", pl)
	}
}
