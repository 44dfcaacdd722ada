package render

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/font/sfnt"

	"github.com/khoroomap/khoroomap/geo"
)

// A ger area square and a khoroo square around it, in lon/lat:
//
//	+-----------------+  khoroo
//	|   +---------+   |
//	|   | ger     |   |
//	|   +---------+   |
//	+-----------------+
func testScene() Scene {
	sq := func(x0, y0, x1, y1 float64) orb.MultiPolygon {
		return orb.MultiPolygon{{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}}
	}
	khoroo := &geo.Layer{Features: []geo.Feature{{Name: "Өргөө хороо", Geometry: sq(106.90, 47.90, 106.96, 47.94)}}}
	ger := &geo.Layer{Features: []geo.Feature{{Name: "Үүр гэр хороолол", Geometry: sq(106.92, 47.91, 106.94, 47.93)}}}
	pts := &geo.Layer{Kind: geo.Points, Features: []geo.Feature{{Name: "Ус", Geometry: orb.Point{106.91, 47.935}}}}
	for _, l := range []*geo.Layer{khoroo, ger, pts} {
		l.ComputeBound()
	}
	return Scene{Selected: None, Layers: []DrawLayer{
		{Layer: khoroo, Role: geo.RoleKhoroo, Style: DefaultStyle(geo.RoleKhoroo)},
		{Layer: ger, Role: geo.RoleGerArea, Style: DefaultStyle(geo.RoleGerArea)},
		{Layer: pts, Role: geo.RolePoints, Style: DefaultStyle(geo.RolePoints)},
	}}
}

func drawTest(t *testing.T, s Scene, scale float64) (*image.RGBA, View) {
	r := NewRenderer(testFonts(t))
	b := s.Layers[0].Layer.Bound
	v := Fit(b, int(400*scale), int(300*scale), 20*scale)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Draw(img, v, s, Options{Scale: scale, Background: Paper})
	return img, v
}

func at(img *image.RGBA, v View, p orb.Point) color.RGBA {
	x, y := v.Pixel(p)
	return img.RGBAAt(int(x), int(y))
}

func TestDrawPixels(t *testing.T) {
	for _, scale := range []float64{1, 2} {
		img, v := drawTest(t, testScene(), scale)
		bg := Paper
		if c := at(img, v, orb.Point{106.905, 47.935}); c != (color.RGBA{bg.R, bg.G, bg.B, 255}) {
			t.Errorf("scale %v: background inside the khoroo is %v", scale, c)
		}
		// Inside the ger area the orange tint shows over the background.
		if c := at(img, v, orb.Point{106.925, 47.915}); !(c.R > c.B+40 && c.G > c.B) {
			t.Errorf("scale %v: ger area fill is %v, want orange-tinted", scale, c)
		}
		// On the khoroo's western edge the purple outline is drawn.
		if c := at(img, v, orb.Point{106.90, 47.905}); !(c.R > c.G+40 && c.B > c.G+40) {
			t.Errorf("scale %v: khoroo edge is %v, want purple", scale, c)
		}
		// The water point's symbol is teal.
		if c := at(img, v, orb.Point{106.91, 47.935}); !(c.G > c.R+60 && c.B > c.R+60) {
			t.Errorf("scale %v: point symbol is %v, want teal", scale, c)
		}
		outside := v.LonLat(2, 2)
		if c := at(img, v, outside); c.A != 255 {
			t.Errorf("scale %v: image corner not opaque: %v", scale, c)
		}
	}
}

func TestDrawSelection(t *testing.T) {
	s := testScene()
	s.Selected = Selection{Layer: 1, Feature: 0}
	img, v := drawTest(t, s, 1)
	if c := at(img, v, orb.Point{106.925, 47.915}); !(c.R > 200 && c.G > 180 && c.B < 150) {
		t.Errorf("selected ger area is %v, want yellow highlight", c)
	}
}

func TestDrawHiddenLayer(t *testing.T) {
	s := testScene()
	s.Layers[1].Hidden = true
	img, v := drawTest(t, s, 1)
	bg := Paper
	if c := at(img, v, orb.Point{106.925, 47.915}); c != (color.RGBA{bg.R, bg.G, bg.B, 255}) {
		t.Errorf("hidden ger area still drawn: %v", c)
	}
}

// The khoroo's name is written at its pole of inaccessibility; some dark
// label pixels must appear around the centre.
func TestDrawLabel(t *testing.T) {
	s := testScene()
	s.Layers = s.Layers[:1]
	img, v := drawTest(t, s, 1)
	cx, cy := v.Pixel(orb.Point{106.93, 47.92})
	dark := 0
	for y := int(cy) - 10; y < int(cy)+10; y++ {
		for x := int(cx) - 60; x < int(cx)+60; x++ {
			if c := img.RGBAAt(x, y); c.R < 120 && c.G < 80 {
				dark++
			}
		}
	}
	if dark < 30 {
		t.Errorf("only %d dark pixels where the label should be", dark)
	}
}

// Noto Sans has glyphs for the Mongolian letters Go's own fonts lack.
func TestFontsCoverMongolian(t *testing.T) {
	f := testFonts(t)
	var buf sfnt.Buffer
	for _, font := range []*sfnt.Font{f.Regular, f.Bold} {
		for _, r := range "ӨөҮүАБВ" {
			if i, err := font.GlyphIndex(&buf, r); err != nil || i == 0 {
				t.Errorf("no glyph for %q", r)
			}
		}
	}
}

// A hatched area shows stripes: both stroke-coloured and background
// pixels along a line across it.
func TestDrawHatch(t *testing.T) {
	s := testScene()
	s.Layers[1].Style = Style{Stroke: color.NRGBA{200, 0, 0, 255}, StrokeWidth: 1, Hatch: true}
	img, v := drawTest(t, s, 1)
	x0, y := v.Pixel(orb.Point{106.922, 47.913}) // below the khoroo's label
	x1, _ := v.Pixel(orb.Point{106.938, 47.913})
	red, plain := 0, 0
	for x := int(x0); x < int(x1); x++ {
		c := img.RGBAAt(x, int(y))
		switch {
		case int(c.R) > int(c.G)+60:
			red++
		case c.R > 230 && c.G > 230:
			plain++
		}
	}
	if red < 3 || plain < 10 {
		t.Errorf("no stripes across the hatched area: %d red, %d plain pixels", red, plain)
	}
}

// A name steps aside for a point symbol at its spot instead of covering it.
func TestLabelAvoidsSymbol(t *testing.T) {
	s := testScene()
	s.Layers = []DrawLayer{s.Layers[0], s.Layers[2]}
	s.Layers[1].Layer = &geo.Layer{Kind: geo.Points, Features: []geo.Feature{{Name: "Ус", Geometry: orb.Point{106.93, 47.92}}}}
	s.Layers[1].Style.LabelSize = 0
	img, v := drawTest(t, s, 1)
	cx, cy := v.Pixel(orb.Point{106.93, 47.92})
	teal := 0
	for y := int(cy) - 5; y <= int(cy)+5; y++ {
		for x := int(cx) - 5; x <= int(cx)+5; x++ {
			if c := img.RGBAAt(x, y); c.G > c.R+60 && c.B > c.R+60 {
				teal++
			}
		}
	}
	if teal < 100 { // the symbol alone shows about 117; under a name, 79
		t.Errorf("only %d teal pixels left of the symbol under the khoroo's name", teal)
	}
	dark := 0
	for y := int(cy) - 40; y < int(cy)+40; y++ {
		for x := int(cx) - 60; x < int(cx)+60; x++ {
			if c := img.RGBAAt(x, y); c.R < 120 && c.G < 80 && c.B < 120 {
				dark++
			}
		}
	}
	if dark < 30 {
		t.Errorf("the khoroo's name is gone: %d dark pixels near its spot", dark)
	}
}
