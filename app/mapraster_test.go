package app

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo/render"
)

// While a drag is under way, the last frame moves with the pointer; while
// zooming, it is scaled about the anchor.
func TestPreview(t *testing.T) {
	at := render.View{Center: orb.Point{106.92, 47.92}, Zoom: 14, Width: 100, Height: 80}
	last := image.NewRGBA(image.Rect(0, 0, 100, 80))
	red := color.RGBA{255, 0, 0, 255}
	last.SetRGBA(10, 10, red)
	dst := image.NewRGBA(last.Bounds())
	bg := color.NRGBA{1, 2, 3, 255}

	preview(dst, last, at, at.Pan(5, 3), bg)
	if c := dst.RGBAAt(15, 13); c != red {
		t.Errorf("after a pan by (5, 3) the red pixel is not at (15, 13): %v", c)
	}
	if c := dst.RGBAAt(2, 1); c != (color.RGBA{1, 2, 3, 255}) {
		t.Errorf("newly exposed area is %v, want the background", c)
	}

	zoomed := at.ZoomAt(0, 0, 1) // twice as large about the top-left corner
	preview(dst, last, at, zoomed, bg)
	for _, p := range []image.Point{{20, 20}, {21, 21}} {
		if c := dst.RGBAAt(p.X, p.Y); c != red {
			t.Errorf("after zooming in, (%d, %d) is %v, want red", p.X, p.Y, c)
		}
	}
	preview(dst, nil, at, at, bg)
	if c := dst.RGBAAt(10, 10); c != (color.RGBA{1, 2, 3, 255}) {
		t.Errorf("with no frame yet the preview is %v, want the background", c)
	}
}

// The window paints (generate) while the worker draws frames over a
// basemap at scale 2: no setting of the shared renderer changes under a
// frame (the race detector in CI watches this), every frame keeps the
// basemap under the scene, and closing the map ends the worker.
func TestWorkerDrawsWhileWindowPaints(t *testing.T) {
	fonts, err := render.ParseFonts(assets.FontRegular, assets.FontBold)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMapView(render.NewRenderer(fonts))
	frames := make(chan *image.RGBA, 16)
	m.worker.deliver = func(img *image.RGBA, _ job) { frames <- img }
	blue := color.RGBA{0, 0, 0xff, 0xff}
	m.Underlay = func(img *image.RGBA, _ render.View) {
		draw.Draw(img, img.Bounds(), image.NewUniform(blue), image.Point{}, draw.Src)
	}
	m.scale = 2
	for i := range 4 {
		m.SetScene(render.Scene{Selected: render.None})
		if img := m.generate(64+i, 48); img == nil {
			t.Fatal("no image to paint")
		}
		if c := (<-frames).RGBAAt(1, 1); c != blue {
			t.Errorf("frame %d: the basemap is covered by %v", i, c)
		}
	}
	m.Close()
	m.Close()
	<-m.worker.done
	m.generate(80, 60) // a paint after closing asks for nothing
}
