package sheets

import (
	"image"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// TestManualPlacement: the four markers clicked several pixels off (as
// on a photo shown shrunk to fit a dialog), on generated photos turned
// and tilted, place the map frame within 0.5% of the sheet's ground
// width, the markers found near the clicks (at least three); corners clicked out of order
// are refused.
func TestManualPlacement(t *testing.T) {
	if testing.Short() {
		t.Skip("photos of 8–12 MP")
	}
	p := sample(t)
	pages := Pages(p)
	plan, _ := Plan(p.Title, p.Areas(geo.RoleKheseg), "A4")
	if len(pages) <= len(plan) || pages[0] != plan[0] {
		t.Fatalf("pages %v, want the kheseg sheets first, then more", pages)
	}
	code := pages[0].Code
	l, _ := NewLayout("A4")
	limit := 0.005 * GroundWidth(code.Bound)
	rng := rand.New(rand.NewPCG(3, 4))
	_, sheet := sampleSheet(t, Options{})
	for i := range 4 {
		s := randomShot(rng)
		photo, truth := photograph(t, sheet, 150, s, rng)
		var clicks [4][2]float64
		for j, m := range l.Markers {
			u, v := truth.Apply(m[0], m[1])
			clicks[j] = [2]float64{u + rng.NormFloat64()*6, v + rng.NormFloat64()*6}
		}
		rd, err := Manual(photo, code, clicks)
		if err != nil {
			t.Fatalf("shot %d: %v", i, err)
		}
		e := cornerError(l, truth, rd.H) * metresPerMM(code, l)
		if e > limit || rd.Code != code || rd.Found() < 3 {
			t.Errorf("shot %d %+v: corners off by %.2f m, limit %.2f m, %d markers found", i, s, e, limit, rd.Found())
		}
		t.Logf("shot %d: corners off by %.2f m; %d markers found, the clicks %.2f m from them", i, e, rd.Found(), rd.Residual)
	}
	square := [4][2]float64{{0, 0}, {100, 0}, {100, 100}, {0, 100}}
	for name, q := range map[string][4][2]float64{
		"crossed":   {square[0], square[2], square[1], square[3]},
		"on a line": {{0, 0}, {1, 1}, {2, 2}, {3, 3}},
		"NaN":       {{math.NaN(), 0}, square[1], square[2], square[3]},
	} {
		if _, err := Manual(image.NewGray(image.Rect(0, 0, 100, 100)), code, q); err == nil || !strings.Contains(err.Error(), "page "+code.Page) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
