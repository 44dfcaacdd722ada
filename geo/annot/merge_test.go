package annot

import (
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// copyOf returns an independent copy of a set and its revisions, as when a
// trainer hands the same project file to two leaders.
func copyOf(s *Set, r Revisions) (*Set, Revisions) {
	c := &Set{Categories: append([]Category(nil), s.Categories...), Points: append([]Point(nil), s.Points...), Gaps: append([]Gap(nil), s.Gaps...)}
	cr := Revisions{}
	for id, revs := range r {
		for rev := range revs {
			cr.Add(id, rev)
		}
	}
	return c, cr
}

// edit applies a change to one copy as the app would: stamped, recorded.
func edit(s *Set, r Revisions, c Change, who string, at time.Time) {
	c = Touch(c, who, at)
	s.Apply(c)
	if c.NewPoint != nil {
		r.Add(c.NewPoint.ID, c.NewPoint.Rev)
	}
	if c.NewGap != nil {
		r.Add(c.NewGap.ID, c.NewGap.Rev)
	}
}

func TestMerge(t *testing.T) {
	base, baseRevs := &Set{Categories: DefaultCategories()}, Revisions{}
	names := []string{"kiosk", "school", "light", "bus", "shop"}
	for i, n := range names {
		p := Point{Meta: NewMeta("trainer", t0), Category: "water_kiosk", Name: n, Status: Working, Location: orb.Point{106.9 + float64(i)*0.01, 47.9}}
		base.Points = append(base.Points, p)
		baseRevs.Add(p.ID, p.Rev)
	}
	a, aRevs := copyOf(base, baseRevs)
	b, bRevs := copyOf(base, baseRevs)
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	change := func(s *Set, r Revisions, name, who string, h int, f func(*Point)) {
		for _, p := range s.Points {
			if p.Name == name {
				old, q := p, p
				f(&q)
				edit(s, r, Change{OldPoint: &old, NewPoint: &q}, who, at(h))
				return
			}
		}
		t.Fatalf("no %s", name)
	}
	// A breaks the kiosk; B, later, closes the school; both change the light
	change(a, aRevs, "kiosk", "A", 1, func(p *Point) { p.Status = Broken })
	change(b, bRevs, "school", "B", 2, func(p *Point) { p.Status = Closed })
	change(a, aRevs, "light", "A", 3, func(p *Point) { p.Notes = "A's note" })
	change(b, bRevs, "light", "B", 4, func(p *Point) { p.Notes = "B's note" })
	// B deletes the bus stop, which A never touched; A deletes the shop, which B edited
	bus, _ := findPoint(b, "bus")
	edit(b, bRevs, Change{OldPoint: &bus}, "B", at(5))
	change(b, bRevs, "shop", "B", 5, func(p *Point) { p.Notes = "still open" })
	shop, _ := findPoint(a, "shop")
	edit(a, aRevs, Change{OldPoint: &shop}, "A", at(5))
	// both add: A a new well; B the same well 5 m away, and a far one
	for _, add := range []struct {
		s    *Set
		r    Revisions
		name string
		at   orb.Point
	}{{a, aRevs, "new well", orb.Point{107, 47.95}}, {b, bRevs, "well (B)", orb.Point{107.00005, 47.95003}}, {b, bRevs, "far well", orb.Point{107.1, 47.95}}} {
		p := Point{Meta: NewMeta("x", t0), Category: "water_kiosk", Name: add.name, Status: Working, Location: add.at}
		edit(add.s, add.r, Change{NewPoint: &p}, "x", at(6))
	}

	rep := Merge(a, aRevs, b, bRevs)
	count := func(es []MergeEntry) int { return len(es) }
	if count(rep.Added) != 1 || count(rep.Updated) != 1 || count(rep.Deleted) != 1 || count(rep.Conflicts) != 2 || count(rep.Duplicates) != 1 {
		t.Fatalf("report:\n%s", rep)
	}
	kiosk, _ := findPoint(a, "kiosk")
	school, _ := findPoint(a, "school")
	if kiosk.Status != Broken || school.Status != Closed {
		t.Errorf("one-sided edits: kiosk %s, school %s", kiosk.Status, school.Status)
	}
	var lights []Point
	for _, p := range a.Points {
		if p.Name == "light" {
			lights = append(lights, p)
		}
	}
	if len(lights) != 2 || lights[0].Notes != "B's note" || lights[0].Review == "" || lights[1].Review == "" {
		t.Errorf("conflicting edits of the light: %+v", lights)
	}
	if _, ok := findPoint(a, "bus"); ok {
		t.Error("the bus stop B deleted is still there")
	}
	if shop, ok := findPoint(a, "shop"); !ok || shop.Review == "" {
		t.Error("the shop A deleted but B edited should be back, marked")
	}
	// made at the same time, the wells are told apart by ID: either may be
	// the one flagged, whichever copy is merged into which
	w, ok := findPoint(a, "well (B)")
	if mine, _ := findPoint(a, "new well"); !ok || (w.Review == "") == (mine.Review == "") {
		t.Error("B's well should be added and one of the two wells flagged as a likely duplicate")
	}

	// merging the same copy again changes nothing
	again := Merge(a, aRevs, b, bRevs)
	if n := len(again.Added) + len(again.Updated) + len(again.Deleted) + len(again.Conflicts) + len(again.Duplicates); n != 0 {
		t.Errorf("merging twice changed more:\n%s", again)
	}
}

func findPoint(s *Set, name string) (Point, bool) {
	for _, p := range s.Points {
		if p.Name == name {
			return p, true
		}
	}
	return Point{}, false
}
