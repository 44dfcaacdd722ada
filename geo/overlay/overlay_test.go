package overlay

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/view"
)

// halves is a picture red in its west half, blue in its east half.
func halves() image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 20, 10))
	for y := range 10 {
		for x := range 20 {
			c := color.NRGBA{255, 0, 0, 255}
			if x >= 10 {
				c = color.NRGBA{0, 0, 255, 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

// TestDraw lays the halves over a box in the middle of a white frame:
//
//	+--------------------+
//	|     +-----+-----+  |
//	|     | red | blue|  |   at half opacity: pink and light blue,
//	|     +-----+-----+  |   white outside the box
//	+--------------------+
func TestDraw(t *testing.T) {
	b := orb.Bound{Min: orb.Point{106.90, 47.90}, Max: orb.Point{106.92, 47.91}}
	v := view.Fit(b, 400, 300, 50)
	x0, y0 := v.Pixel(orb.Point{b.Min[0], b.Max[1]})
	x1, y1 := v.Pixel(orb.Point{b.Max[0], b.Min[1]})
	mid := (y0 + y1) / 2
	for _, c := range []struct {
		name    string
		opacity float64
		west    color.RGBA
		east    color.RGBA
	}{
		{"opaque", 1, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}},
		{"half", 0.5, color.RGBA{255, 127, 127, 255}, color.RGBA{127, 127, 255, 255}},
		{"hidden", 0, color.RGBA{255, 255, 255, 255}, color.RGBA{255, 255, 255, 255}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dst := white(400, 300)
			Draw(dst, v, Picture{Image: halves(), Bound: b, Opacity: c.opacity})
			for _, p := range []struct {
				x    float64
				want color.RGBA
			}{{x0 + 5, c.west}, {x1 - 5, c.east}, {x0 - 5, white(1, 1).RGBAAt(0, 0)}, {x1 + 5, white(1, 1).RGBAAt(0, 0)}} {
				if got := dst.RGBAAt(int(p.x), int(mid)); !near(got, p.want) {
					t.Errorf("at x %.0f: %v, want %v", p.x, got, p.want)
				}
			}
		})
	}
}

// TestDrawOutsideAndZoomedIn: a picture outside the view leaves the frame
// as it was; zoomed far into it, the frame is the picture's colour.
func TestDrawOutsideAndZoomedIn(t *testing.T) {
	b := orb.Bound{Min: orb.Point{106.90, 47.90}, Max: orb.Point{106.92, 47.91}}
	dst := white(100, 100)
	Draw(dst, view.View{Center: orb.Point{100, 40}, Zoom: 14, Width: 100, Height: 100}, Picture{Image: halves(), Bound: b, Opacity: 1})
	if got := dst.RGBAAt(50, 50); got != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("outside: %v", got)
	}
	Draw(dst, view.View{Center: orb.Point{106.905, 47.905}, Zoom: 22, Width: 100, Height: 100}, Picture{Image: halves(), Bound: b, Opacity: 1})
	if got := dst.RGBAAt(50, 50); got != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("zoomed in: %v", got)
	}
}

func white(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	return img
}

func near(a, b color.RGBA) bool {
	d := func(x, y uint8) bool { return x-y < 3 || y-x < 3 }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && d(a.A, b.A)
}
