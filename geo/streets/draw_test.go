package streets

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/synth/osmsynth"
)

var paper = color.NRGBA{0xf4, 0xf1, 0xea, 0xff}

func testPainter(t testing.TB, lang string) *Painter {
	f, err := render.ParseFonts(assets.FontRegular, assets.FontBold)
	if err != nil {
		t.Fatal(err)
	}
	return NewPainter(f, lang)
}

func canvas(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(paper), image.Point{}, draw.Src)
	return img
}

func near(c color.RGBA, want color.NRGBA, tol int) bool {
	d := func(a, b uint8) bool { return int(a)-int(b) <= tol && int(b)-int(a) <= tol }
	return d(c.R, want.R) && d(c.G, want.G) && d(c.B, want.B)
}

// A primary road runs west to east through the middle of the view:
//
//	.............................
//	=============================  casing, fill, casing
//	.............................
func TestDrawRoadWidths(t *testing.T) {
	v := render.View{Center: orb.Point{106.9, 47.9}, Zoom: 17, Width: 400, Height: 200}
	road := Feature{Class: Primary, Geometry: orb.LineString{v.LonLat(-50, 100), v.LonLat(450, 100)}}
	img := canvas(400, 200)
	testPainter(t, "mn").Draw(img, v, NewSet([]Feature{road}))
	w := looks[Primary].width(v.MetresPerPixel(), 1) // 15 m at ~0.8 m a pixel
	if w < 10 || w > 30 {
		t.Fatalf("a primary road at zoom 17 is %.1f pixels wide", w)
	}
	if c := img.RGBAAt(200, 100); !near(c, looks[Primary].line, 2) {
		t.Errorf("middle of the road: %v, want the fill %v", c, looks[Primary].line)
	}
	edge := int(math.Ceil(100 + w/2)) // its centre 0.5 to 1.5 pixels past the fill
	if c := img.RGBAAt(200, edge); !near(c, looks[Primary].casing, 40) {
		t.Errorf("edge of the road (y %d): %v, want the casing %v", edge, c, looks[Primary].casing)
	}
	if c := img.RGBAAt(200, 100+int(w)+4); !near(c, paper, 0) {
		t.Errorf("beside the road: %v, want the paper untouched", c)
	}
	// at zoom 11 the road thins to its minimum, and residential streets go
	small := render.View{Center: v.Center, Zoom: 11, Width: 400, Height: 200}
	if w := looks[Primary].width(small.MetresPerPixel(), 1); w != looks[Primary].minPx {
		t.Errorf("zoom 11: %.1f pixels, want the minimum %.1f", w, looks[Primary].minPx)
	}
	if looks[Street].visible(11) || !looks[Street].visible(12) {
		t.Error("streets should appear at zoom 12")
	}
}

// luma is a colour's lightness as a greyscale printer sees it.
func luma(c color.NRGBA) float64 { return 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B) }

func TestStyleGreyscale(t *testing.T) {
	fills := map[string]color.NRGBA{"paper": paper, "park": looks[Park].fill, "water": looks[Water].fill,
		"building": looks[Building].fill, "street": looks[Street].line, "street casing": looks[Street].casing, "label": labelText}
	for a, ca := range fills {
		for b, cb := range fills {
			if a < b {
				if d := luma(ca) - luma(cb); d > -8 && d < 8 {
					t.Errorf("%s and %s differ by %.0f in grey: they merge on a greyscale print", a, b, d)
				}
			}
		}
	}
}

// dark counts the pixels of label text (dark, unlike any fill).
func dark(img *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.R < 0x60 && c.G < 0x60 {
				n++
			}
		}
	}
	return n
}

// A long named street gets its name along it, repeated; not at zoom 13.
func TestDrawStreetLabels(t *testing.T) {
	v := render.View{Center: orb.Point{106.9, 47.9}, Zoom: 17, Width: 1600, Height: 300}
	road := Feature{Class: Street, NameMN: "Өлзийт гудамж", Name: "Olziit", Geometry: orb.LineString{v.LonLat(-20, 150), v.LonLat(1620, 150)}}
	set := NewSet([]Feature{road})
	img := canvas(1600, 300)
	pt := testPainter(t, "mn")
	pt.Draw(img, v, set)
	if len(pt.claimed) < 2 {
		t.Errorf("%d labels on a 1600-pixel street, want it repeated", len(pt.claimed))
	}
	for _, r := range pt.claimed {
		if r.Min.Y > 150 || r.Max.Y < 150 {
			t.Errorf("label at %v is not on the street", r)
		}
		if dark(img, r) < 20 {
			t.Errorf("label at %v has no text", r)
		}
		for _, o := range pt.claimed {
			if o != r && o.Overlaps(r) {
				t.Errorf("labels %v and %v overlap", r, o)
			}
		}
	}
	// at Scale 4 (a 300 dpi page), zoom 17 shows what zoom 15 does on
	// screen: names only just
	print4 := testPainter(t, "mn")
	print4.Scale = 4
	print4.Draw(canvas(1600, 300), render.View{Center: v.Center, Zoom: 16.9, Width: 1600, Height: 300}, set)
	if len(print4.claimed) != 0 {
		t.Errorf("zoom 16.9 at scale 4 (14.9 on screen): %d street labels, want none", len(print4.claimed))
	}
	far := v
	far.Zoom = 13
	img = canvas(1600, 300)
	pt.Draw(img, far, set)
	if n := dark(img, img.Bounds()); n != 0 {
		t.Errorf("zoom 13: %d text pixels, want no street names", n)
	}
}

// The generated city at zoom 17 in Mongolian: the golden shows casings
// under fills, buildings, fences, the park and pond, and names.
func TestDrawGolden(t *testing.T) {
	xml, _ := osmsynth.Extract(t, 4, 8)
	s, err := Read(context.Background(), xml, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := render.Fit(s.Bound, 800, 500, 0)
	v.Zoom = 17.5
	img := canvas(800, 500)
	testPainter(t, "mn").Draw(img, v, s)
	golden(t, "testdata/city_z17.png", img)
}

func golden(t *testing.T, path string, got *image.RGBA) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		save(t, path, got)
		t.Fatalf("no golden %s: wrote it; look at it and run again", path)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != got.Bounds() {
		t.Fatalf("image is %v, golden %v", got.Bounds(), want.Bounds())
	}
	diff := 0
	for y := 0; y < got.Bounds().Dy(); y++ {
		for x := 0; x < got.Bounds().Dx(); x++ {
			w := color.NRGBAModel.Convert(want.At(x, y)).(color.NRGBA)
			if !near(got.RGBAAt(x, y), w, 16) {
				diff++
			}
		}
	}
	if diff > got.Bounds().Dx()*got.Bounds().Dy()/2000 {
		failed := filepath.Join(filepath.Dir(path), "failed", filepath.Base(path))
		save(t, failed, got)
		t.Errorf("%d pixels differ from %s; the image is in %s", diff, path, failed)
	}
}

func save(t *testing.T, path string, img image.Image) {
	os.MkdirAll(filepath.Dir(path), 0o755)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
