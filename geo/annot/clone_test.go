package annot

import (
	"testing"

	"github.com/paulmach/orb"
)

// Editing the set after a snapshot leaves the snapshot as it was.
func TestCloneSharesNothing(t *testing.T) {
	ring := orb.Ring{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}, {106.9, 47.9}}
	s := &Set{
		Categories: []Category{{ID: "school"}},
		Points:     []Point{{Meta: Meta{ID: "p1"}, Name: "Сургууль"}},
		Gaps:       []Gap{{Meta: Meta{ID: "g1"}, Geometry: orb.Polygon{ring}}},
	}
	c := s.Clone()
	s.Points[0].Name = "changed"
	s.Categories[0].ID = "changed"
	s.Gaps[0].Geometry.(orb.Polygon)[0][0] = orb.Point{0, 0}
	s.Apply(Change{OldPoint: &s.Points[0]})
	if c.Points[0].Name != "Сургууль" || c.Categories[0].ID != "school" || len(c.Points) != 1 {
		t.Errorf("the snapshot changed: %+v", c)
	}
	if p := c.Gaps[0].Geometry.(orb.Polygon)[0][0]; p != (orb.Point{106.9, 47.9}) {
		t.Errorf("the snapshot's gap outline moved to %v", p)
	}
	if (*Set)(nil).Clone() != nil {
		t.Error("Clone of nil is not nil")
	}
}
