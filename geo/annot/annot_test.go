package annot

import (
	"regexp"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

func testPoint(name string) Point {
	return Point{Meta: NewMeta("Д. Ганбаатар", t0), Category: "water_kiosk", Name: name, Status: Working, Location: orb.Point{106.92, 47.95}}
}

func TestNewIDIsAVersion4UUID(t *testing.T) {
	re := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := map[string]bool{}
	for range 1000 {
		id := NewID()
		if !re.MatchString(id) || seen[id] {
			t.Fatalf("bad or repeated ID %q", id)
		}
		seen[id] = true
	}
}

func TestUndoRedo(t *testing.T) {
	var s Set
	var h History
	do := func(c Change) {
		c = Touch(c, "me", t0.Add(time.Minute))
		s.Apply(c)
		h.Did(c)
	}
	undo := func() {
		c, ok := h.Undo()
		if !ok {
			t.Fatal("nothing to undo")
		}
		c = Touch(c, "me", t0.Add(time.Hour))
		s.Apply(c)
		h.Undone(c)
	}
	redo := func() {
		c, ok := h.Redo()
		if !ok {
			t.Fatal("nothing to redo")
		}
		c = Touch(c, "me", t0.Add(2*time.Hour))
		s.Apply(c)
		h.Redone(c)
	}
	p := testPoint("1-р худаг")
	do(Change{NewPoint: &p})
	before, _ := s.Point(p.ID)
	moved := before
	moved.Location = orb.Point{106.93, 47.96}
	do(Change{OldPoint: &before, NewPoint: &moved})
	for _, step := range []struct {
		name  string
		act   func()
		count int
		at    orb.Point
		undo  bool
		redo  bool
	}{
		{"undo the move", undo, 1, orb.Point{106.92, 47.95}, true, true},
		{"undo the add", undo, 0, orb.Point{}, false, true},
		{"redo the add", redo, 1, orb.Point{106.92, 47.95}, true, true},
		{"redo the move", redo, 1, orb.Point{106.93, 47.96}, true, false},
		{"undo the move again", undo, 1, orb.Point{106.92, 47.95}, true, true},
	} {
		step.act()
		if len(s.Points) != step.count {
			t.Fatalf("%s: %d points, want %d", step.name, len(s.Points), step.count)
		}
		if step.count > 0 && s.Points[0].Location != step.at {
			t.Errorf("%s: point at %v, want %v", step.name, s.Points[0].Location, step.at)
		}
		if h.CanUndo() != step.undo || h.CanRedo() != step.redo {
			t.Errorf("%s: can undo/redo = %v/%v, want %v/%v", step.name, h.CanUndo(), h.CanRedo(), step.undo, step.redo)
		}
	}
	// a new edit after an undo drops the redo stack
	q := testPoint("2-р худаг")
	do(Change{NewPoint: &q})
	if h.CanRedo() {
		t.Error("a new edit should clear redo")
	}
	if s.Points[0].Modified != t0.Add(time.Hour) || s.Points[0].Created != p.Created {
		t.Errorf("undo should be stamped as a change and keep the creation time: %v %v", s.Points[0].Modified, s.Points[0].Created)
	}
}

func TestValidate(t *testing.T) {
	ok := testPoint("ok")
	bad := []struct {
		name string
		edit func(*Point)
	}{
		{"no category", func(p *Point) { p.Category = "" }},
		{"unknown status", func(p *Point) { p.Status = "fine" }},
		{"off the globe", func(p *Point) { p.Location = orb.Point{500, 1} }},
		{"bad date", func(p *Point) { p.Observed = "3/10/2026" }},
	}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			p := ok
			tc.edit(&p)
			if p.Validate() == nil {
				t.Error("accepted")
			}
		})
	}
	g := Gap{Meta: NewMeta("", t0), Kind: Flooding, Severity: High, Status: Open,
		Geometry: NewArea([]orb.Point{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}})}
	if err := g.Validate(); err != nil {
		t.Fatal(err)
	}
	if o := g.Geometry.(orb.Polygon)[0].Orientation(); o != orb.CCW || len(g.Geometry.(orb.Polygon)[0]) != 4 {
		t.Errorf("NewArea: orientation %v, %d vertices", o, len(g.Geometry.(orb.Polygon)[0]))
	}
	g.Geometry = orb.LineString{{1, 1}, {2, 2}}
	if g.Validate() == nil {
		t.Error("a line gap was accepted")
	}
}

func TestDefaultCategories(t *testing.T) {
	seen := map[string]bool{}
	cats := DefaultCategories()
	for _, c := range cats {
		if err := c.Validate(); err != nil {
			t.Error(err)
		}
		if seen[c.ID] || c.NameMN == "" || c.NameEN == "" {
			t.Errorf("category %q repeated or unnamed", c.ID)
		}
		seen[c.ID] = true
	}
	for _, id := range []string{"hospital", "pharmacy", "clinic", "dentist", "family_health_centre"} {
		if !seen[id] {
			t.Errorf("no %s category", id)
		}
	}
	if len(cats) != 21 || !seen[Other] {
		t.Errorf("%d categories, other present: %v", len(cats), seen[Other])
	}
}
