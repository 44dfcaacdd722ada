package sheets

import (
	"fmt"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
)

// box is an area of w x h degrees with its south-west corner at sw.
func box(name string, sw orb.Point, w, h float64) printmap.Area {
	r := orb.Ring{sw, {sw[0] + w, sw[1]}, {sw[0] + w, sw[1] + h}, {sw[0], sw[1] + h}, sw}
	return printmap.Area{Name: name, Geometry: orb.MultiPolygon{{r}}}
}

// TestPlanSplitsLargeAreas: a kheseg of a kilometre gets one sheet; one of
// about 6 x 4 km gets several, each at 1:10 000 or finer, together
// covering it, titled "(1/n)", numbered on; an L-shaped one leaves out
// the frame over its empty corner:
//
//	+----+          +----+----+
//	|    |          |  L |    |   the top-right frame of the L's
//	|    +----+     +----+----+   grid touches nothing and is dropped
//	|         |     |    |    |
//	+---------+     +----+----+
func TestPlanSplitsLargeAreas(t *testing.T) {
	small := box("1-р хэсэг", orb.Point{106.90, 47.90}, 0.012, 0.008)
	large := box("Их хэсэг", orb.Point{106.95, 47.90}, 0.08, 0.036)
	lshape := printmap.Area{Name: "Г хэсэг", Geometry: orb.MultiPolygon{{orb.Ring{{107, 47.9}, {107.04, 47.9}, {107.04, 47.92}, {107.02, 47.92}, {107.02, 47.94}, {107, 47.94}, {107, 47.9}}}}}
	plan, err := Plan("p", []printmap.Area{small, large, lshape}, "A4")
	if err != nil {
		t.Fatal(err)
	}
	l, _ := NewLayout("A4")
	per := map[string][]Sheet{}
	for i, s := range plan {
		if want := fmt.Sprintf("S%02d", i+1); s.Code.Page != want {
			t.Errorf("sheet %d is page %s, want %s", i, s.Code.Page, want)
		}
		if scale := GroundWidth(s.Code.Bound) / l.mapBox.w * 1000; scale > ReadableScale*1.001 {
			t.Errorf("%s %q is at 1:%.0f", s.Code.Page, s.Title, scale)
		}
		name := s.Title
		if i := len(name) - 1; name[i] == ')' {
			for name[i] != '(' {
				i--
			}
			name = name[:i-1]
		}
		per[name] = append(per[name], s)
	}
	if n := len(per["1-р хэсэг"]); n != 1 || per["1-р хэсэг"][0].Title != "1-р хэсэг" {
		t.Errorf("the small kheseg has %d sheets", n)
	}
	big := per["Их хэсэг"]
	if len(big) < 4 || big[0].Title != fmt.Sprintf("Их хэсэг (1/%d)", len(big)) {
		t.Fatalf("the large kheseg has %d sheets, the first %q", len(big), big[0].Title)
	}
	for _, c := range large.Geometry[0][0] {
		in := false
		for _, s := range big {
			in = in || s.Code.Bound.Pad(1e-9).Contains(c)
		}
		if !in {
			t.Errorf("the large kheseg's corner %v is on no sheet", c)
		}
	}
	for _, s := range per["Г хэсэг"] {
		if s.Code.Bound.Min[0] >= 107.02 && s.Code.Bound.Min[1] >= 47.92 {
			t.Errorf("a sheet %v over the L's empty corner", s.Code.Bound)
		}
	}
	square, _ := Plan("p", []printmap.Area{box("□", orb.Point{107, 47.9}, 0.04, 0.04)}, "A4")
	if n := len(per["Г хэсэг"]); n < 3 || n >= len(square) {
		t.Errorf("the L has %d sheets, its bounding square %d", n, len(square))
	}
}

// TestPlanOfKeepsPageIDs: sheets printed for some areas (`sheets -area`)
// were numbered from S01 again, so a kheseg's sheet had another page id
// than in the whole project's sheets and in the manual placement's list.
func TestPlanOfKeepsPageIDs(t *testing.T) {
	p := sample(t)
	all := p.Areas(geo.RoleKheseg)
	if len(all) < 2 {
		t.Fatal("the training khoroo needs two kheseg")
	}
	whole, err := Plan("t", all, "A4")
	if err != nil {
		t.Fatal(err)
	}
	last := all[len(all)-1:]
	some, err := PlanOf("t", all, last, "A4")
	if err != nil {
		t.Fatal(err)
	}
	want := whole[len(whole)-len(some):]
	for i, s := range some {
		if s.Code != want[i].Code || s.Title != want[i].Title {
			t.Errorf("sheet %d: got %s %q, want %s %q", i, s.Code.Page, s.Title, want[i].Code.Page, want[i].Title)
		}
	}
	if some[0].Code.Page == "S01" {
		t.Error("the last kheseg's sheet is numbered S01")
	}
}
