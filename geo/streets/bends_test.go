package streets

import (
	"image"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

// arc is a street bending round a quarter circle of radius r pixels about
// (cx, cy), in segments of step degrees: each shorter than its name.
func arc(v render.View, cx, cy, r, from, to, step float64) orb.LineString {
	var l orb.LineString
	for k := 0; k <= int(math.Round((to-from)/step)); k++ {
		t := (from + float64(k)*step) * math.Pi / 180
		l = append(l, v.LonLat(cx+r*math.Cos(t), cy+r*math.Sin(t)))
	}
	return l
}

// A lane bending round in short segments (as in ger areas) still gets its
// name, letter by letter along the bend, each letter on the lane; a lane
// that zig-zags at right angles does not.
func TestDrawNamesAlongBends(t *testing.T) {
	v := render.View{Center: orb.Point{106.9, 47.9}, Zoom: 17, Width: 600, Height: 600}
	const name = "Бэлхийн гудамж"
	bend := Feature{Class: Street, NameMN: name, Geometry: arc(v, 300, 300, 220, 180, 360, 8)}
	pt := testPainter(t, "mn")
	img := canvas(600, 600)
	pt.Draw(img, v, NewSet([]Feature{bend}))
	if len(pt.placed[name]) == 0 {
		t.Fatal("no name on the bending lane")
	}
	if len(pt.claimed) < 10 {
		t.Errorf("%d letters placed, want the name letter by letter", len(pt.claimed))
	}
	for _, r := range pt.claimed {
		c := orb.Point{float64(r.Min.X+r.Max.X) / 2, float64(r.Min.Y+r.Max.Y) / 2}
		if d := math.Hypot(c[0]-300, c[1]-300); math.Abs(d-220) > 4 {
			t.Errorf("letter at %v is %.1f pixels from the bend's centre, want 220 (on the lane)", r, d)
		}
		if dark(img, r) == 0 {
			t.Errorf("letter at %v has no text", r)
		}
	}
	readsEastward(t, "drawn west to east", pt.claimed)

	// the same arc drawn east to west reads left to right all the same
	back := Feature{Class: Street, NameMN: name, Geometry: arc(v, 300, 300, 220, 360, 180, -8)}
	pt = testPainter(t, "mn")
	pt.Draw(canvas(600, 600), v, NewSet([]Feature{back}))
	if len(pt.claimed) < 10 {
		t.Errorf("drawn east to west: %d letters placed", len(pt.claimed))
	}
	readsEastward(t, "drawn east to west", pt.claimed)

	var zig orb.LineString
	for i := 0; i < 30; i++ {
		zig = append(zig, v.LonLat(20+float64(i)*18, 300+float64(i%2)*18))
	}
	pt = testPainter(t, "mn")
	pt.Draw(canvas(600, 600), v, NewSet([]Feature{{Class: Street, NameMN: name, Geometry: zig}}))
	if len(pt.claimed) != 0 {
		t.Errorf("a lane zig-zagging at 45° got %d letters, want none", len(pt.claimed))
	}
}

// readsEastward checks that the letters of each name placed (13 letters
// in "Бэлхийн гудамж") go from west to east: the name reads left to right.
func readsEastward(t *testing.T, what string, letters []image.Rectangle) {
	t.Helper()
	const perName = 13
	for start := 0; start+perName <= len(letters); start += perName {
		for i := start + 1; i < start+perName; i++ {
			a, b := letters[i-1], letters[i]
			if b.Min.X+b.Max.X < a.Min.X+a.Max.X-2 {
				t.Errorf("%s: letter %d at %v is west of letter %d at %v: the name reads backwards", what, i, b, i-1, a)
				return
			}
		}
	}
}
