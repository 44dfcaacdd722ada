package annot

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestTallyIn counts in the square (0,0)-(10,10):
//
//	10 +---------+
//	   |  s  p   |  s school, p pharmacy (broken), x on the edge
//	   |    [g]  x  [g] a gap area whose label point is inside,
//	   |         |      though its bound pokes out
//	 0 +---------+  o  outside: a school and an open gap point
func TestTallyIn(t *testing.T) {
	sq := orb.MultiPolygon{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}}
	s := &Set{
		Points: []Point{
			{Category: "school", Status: Working, Location: orb.Point{2, 8}},
			{Category: "pharmacy", Status: Broken, Location: orb.Point{5, 8}},
			{Category: "school", Status: Working, Location: orb.Point{10, 5}},
			{Category: "school", Status: Working, Location: orb.Point{12, -1}},
		},
		Gaps: []Gap{
			{Kind: Flooding, Severity: High, Status: Open, Geometry: NewArea([]orb.Point{{4, 4}, {9, 4}, {9, 7}, {4, 7}})},
			{Kind: Flooding, Severity: High, Status: Resolved, Geometry: orb.Point{3, 3}},
			{Kind: Unsafe, Severity: Low, Status: Open, Geometry: orb.Point{13, -2}},
		},
	}
	got := TallyIn(s, sq)
	if got.Points["school"] != 2 || got.Points["pharmacy"] != 1 || got.Total() != 3 {
		t.Errorf("points %v", got.Points)
	}
	if got.Statuses[Broken] != 1 || got.Statuses[Working] != 2 {
		t.Errorf("statuses %v", got.Statuses)
	}
	if got.OpenGaps[High] != 1 || got.OpenGaps[Low] != 0 {
		t.Errorf("open gaps %v", got.OpenGaps)
	}
	if got.GapAreas[Flooding] != 1 || got.GapPoints[Flooding] != 1 || got.GapPoints[Unsafe] != 0 {
		t.Errorf("gaps %v %v", got.GapAreas, got.GapPoints)
	}
	frame := TallyInBound(s, orb.Bound{Min: orb.Point{0, -5}, Max: orb.Point{20, 10}})
	if frame.Total() != 4 || frame.OpenGaps[Low] != 1 {
		t.Errorf("in the frame: %v %v", frame.Points, frame.OpenGaps)
	}
	if n := TallyIn(nil, sq).Total(); n != 0 {
		t.Errorf("nil set: %d", n)
	}
}

// A merged set counts a conflict's copy once and every marked annotation
// for review: a kiosk and its copy beside it, a likely duplicate, a gap
// two copies changed differently and its copy.
func TestTallyCountsConflictOnce(t *testing.T) {
	conflict := Reason{Code: Conflict}.String()
	copyOf := Reason{Code: ConflictCopy, Args: []string{"k", "kiosk"}}.String()
	s := &Set{
		Points: []Point{
			{Meta: Meta{Review: conflict}, Category: "water_kiosk", Status: Working, Location: orb.Point{1, 1}},
			{Meta: Meta{Review: copyOf}, Category: "water_kiosk", Status: Broken, Location: orb.Point{1, 1}},
			{Meta: Meta{Review: Reason{Code: Duplicate, Args: []string{"k", "kiosk"}}.String()}, Category: "water_kiosk", Status: Working, Location: orb.Point{2, 2}},
			{Category: "water_kiosk", Status: Working, Location: orb.Point{3, 3}},
		},
		Gaps: []Gap{
			{Meta: Meta{Review: conflict}, Kind: Flooding, Severity: High, Status: Open, Geometry: orb.Point{4, 4}},
			{Meta: Meta{Review: copyOf}, Kind: Flooding, Severity: Low, Status: Open, Geometry: orb.Point{4, 4}},
		},
	}
	got := TallyInBound(s, orb.Bound{Max: orb.Point{10, 10}})
	if got.Points["water_kiosk"] != 3 || got.Statuses[Broken] != 0 || got.GapPoints[Flooding] != 1 || got.OpenGaps[Low] != 0 {
		t.Errorf("counts %+v: a conflict's copy counted", got)
	}
	if got.Review != 5 {
		t.Errorf("%d to review, want 5", got.Review)
	}
}
