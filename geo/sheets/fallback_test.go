package sheets

import (
	"math/rand/v2"
	"testing"
)

// TestReadQRByMarkers reads the code through the corner markers alone:
// the four largest targets, tried in each of the sheet's four turns.
func TestReadQRByMarkers(t *testing.T) {
	sh, sheet := sampleSheet(t, Options{})
	l, _ := NewLayout("A4")
	for _, turn := range []float64{20, 110, 200, 290} {
		s := shot{w: 3000, h: 2250, turn: turn, tilt: 20, tiltDir: turn / 2, fill: 0.75, shade: 0.2, blur: 1, quality: 60}
		photo, _ := photograph(t, sheet, 150, s, rand.New(rand.NewPCG(5, uint64(turn))))
		g, _ := grayScaled(photo, workSide)
		text, pts, err := readQRByMarkers(g, g, 1, l)
		if err != nil || text != sh.Code.String() || len(pts) < 3 {
			t.Errorf("turned %.0f°: %q, %d points, %v", turn, text, len(pts), err)
		}
	}
}
