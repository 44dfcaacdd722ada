package streets

import (
	"context"
	"testing"

	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/synth/osmsynth"
)

// Drawing in bands at the same time gives the picture drawn in one piece:
// no seam, no feature lost or drawn twice where bands meet, labels across
// the seams whole.
func TestBandsDrawTheSamePicture(t *testing.T) {
	xml, _ := osmsynth.Extract(t, 4, 8)
	s, err := Read(context.Background(), xml, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, zoom := range []float64{15.5, 17.5} {
		v := render.Fit(s.Bound, 800, 500, 0)
		v.Zoom = zoom
		v = v.Pan(13.3, 7.7) // off the pixel grid
		one := testPainter(t, "mn")
		one.Bands = 1
		want := canvas(v.Width, v.Height)
		one.Draw(want, v, s)
		for _, n := range []int{2, 3, 7} {
			pt := testPainter(t, "mn")
			pt.Bands = n
			got := canvas(v.Width, v.Height)
			pt.Draw(got, v, s)
			diff, worst := 0, 0
			for i := range got.Pix {
				d := int(got.Pix[i]) - int(want.Pix[i])
				if d != 0 {
					diff++
					worst = max(worst, d, -d)
				}
			}
			// float rounding may move a rare edge pixel by a level or two
			if worst > 2 || diff > len(got.Pix)/10000 {
				save(t, "testdata/failed/bands.png", got)
				t.Errorf("zoom %.1f, %d bands: %d channel values differ from one band (worst by %d)", zoom, n, diff, worst)
			}
		}
	}
}
