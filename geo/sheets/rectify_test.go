package sheets

import (
	"math/rand/v2"
	"testing"
)

// TestRectify straightens a tilted photo and compares it with the map
// frame as printed: the grid lines fall where they were drawn.
func TestRectify(t *testing.T) {
	_, sheet := sampleSheet(t, Options{})
	s := shot{w: 4000, h: 3000, turn: 200, tilt: 28, tiltDir: 10, fill: 0.75, shade: 0.2, blur: 1, quality: 60}
	photo, _ := photograph(t, sheet, 150, s, rand.New(rand.NewPCG(3, 3)))
	rd, err := Read(photo)
	if err != nil {
		t.Fatal(err)
	}
	px := 150 / 25.4
	img := Rectify(photo, rd, px)
	l, _ := NewLayout("A4")
	_, _, fw, fh := l.MapFrame()
	if d := img.Rect.Dx() - int(fw*px+0.5); d != 0 {
		t.Fatalf("width %d", img.Rect.Dx())
	}
	// along the middle row, the darkest columns are the grid's lines
	y := int(fh * px * (5.5 / Rows))
	for i := 1; i < Columns; i++ {
		want := float64(i) * fw / Columns * px
		best, bx := 1e9, 0
		for x := int(want) - 8; x <= int(want)+8; x++ {
			c := img.RGBAAt(x, y)
			if v := float64(c.R) + float64(c.G) + float64(c.B); v < best {
				best, bx = v, x
			}
		}
		if d := float64(bx) + 0.5 - want; d < -2.5 || d > 2.5 {
			t.Errorf("grid line %d at x %d, drawn at %.1f", i, bx, want)
		}
	}
}
