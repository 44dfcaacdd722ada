package printmap

import "testing"

// A preview is drawn at the screen's resolution: the page fills the
// pixels asked for, not a 150 dpi page scaled down. Only a preview may
// be drawn below 150 dpi.
func TestPreviewDPI(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
		px   float32
		want int
	}{
		{"A4 landscape in 560 px", Options{Paper: "A4", Landscape: true}, 560, 48},
		{"A4 portrait in 560 px", Options{Paper: "A4"}, 560, 68},
		{"A3 landscape in 560 px", Options{Paper: "A3", Landscape: true}, 560, 34},
		{"a tiny preview", Options{Paper: "A4"}, 10, MinPreviewDPI},
		{"a huge screen", Options{Paper: "A4"}, 5000, 150},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.opt.PreviewDPI(tc.px); got != tc.want {
				t.Errorf("PreviewDPI(%v) = %d, want %d", tc.px, got, tc.want)
			}
		})
	}
	p := sample(t)
	o := Options{Landscape: true, DPI: 48, Date: day}
	if _, err := PageImages(p, Extent{}, o, fonts); err == nil {
		t.Error("a printed page at 48 dpi was accepted")
	}
	o.Preview = true
	imgs, err := PageImages(p, Extent{}, o, fonts)
	if err != nil {
		t.Fatal(err)
	}
	if w := imgs[0].Bounds().Dx(); w < 555 || w > 565 {
		t.Errorf("a 48 dpi preview of A4 landscape is %d px wide, want about 561", w)
	}
}
