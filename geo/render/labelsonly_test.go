package render

import (
	"image"
	"testing"

	"github.com/paulmach/orb"
)

// darkNear counts label-dark pixels in a box around p.
func darkNear(img *image.RGBA, v View, p orb.Point) int {
	cx, cy := v.Pixel(p)
	dark := 0
	for y := int(cy) - 10; y < int(cy)+10; y++ {
		for x := int(cx) - 60; x < int(cx)+60; x++ {
			if c := img.RGBAAt(x, y); c.R < 120 && c.G < 80 {
				dark++
			}
		}
	}
	return dark
}

// A printed page draws the map without labels, puts its own things over
// it, then the labels last; labels keep clear of reserved rectangles.
func TestLabelsDrawnApart(t *testing.T) {
	s := testScene()
	s.Layers = s.Layers[:1]
	r := NewRenderer(testFonts(t))
	v := Fit(s.Layers[0].Layer.Bound, 400, 300, 20)
	centre := orb.Point{106.93, 47.92}
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	noLabels := Options{Scale: 1, Background: Paper, NoLabels: true}
	r.Draw(img, v, s, noLabels)
	if n := darkNear(img, v, centre); n > 5 {
		t.Errorf("%d dark pixels: a label was drawn", n)
	}
	r.DrawLabels(img, v, s, Options{Scale: 1})
	if n := darkNear(img, v, centre); n < 30 {
		t.Errorf("only %d dark pixels where the label should be", n)
	}
	cx, cy := v.Pixel(centre)
	reserved := Options{Scale: 1, Reserved: []image.Rectangle{image.Rect(int(cx)-100, int(cy)-40, int(cx)+100, int(cy)+40)}}
	img = image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Draw(img, v, s, noLabels) // the map's paper, no labels
	r.DrawLabels(img, v, s, reserved)
	if n := darkNear(img, v, centre); n > 5 {
		t.Errorf("%d dark pixels in the reserved rectangle", n)
	}
}
