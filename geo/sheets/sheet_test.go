package sheets

import (
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
)

// sample is the training khoroo as a printable project.
func sample(t testing.TB) *printmap.Project {
	t.Helper()
	path := filepath.Join(t.TempDir(), "training.gpkg")
	if err := training.Create(path); err != nil {
		t.Fatal(err)
	}
	sp, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	layers, _ := sp.Layers()
	s, _ := sp.Load()
	pl := make([]printmap.Layer, len(layers))
	for i, l := range layers {
		pl[i] = printmap.Layer{Layer: l.Layer, Role: l.Role, Colour: l.Colour, Hidden: l.Hidden}
	}
	return printmap.FromLayers("Сургалтын хороо", pl, s)
}

func testFonts(t testing.TB) render.Fonts {
	f, err := render.ParseFonts(assets.FontRegular, assets.FontBold)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// sampleSheet draws the first kheseg's sheet of the training khoroo.
func sampleSheet(t testing.TB, opt Options) (Sheet, *image.RGBA) {
	p := sample(t)
	sh, err := Plan("training", p.Areas(geo.RoleKheseg), opt.Paper)
	if err != nil {
		t.Fatal(err)
	}
	img, err := Draw(p, sh[0], opt, testFonts(t))
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("SHEETS_OUT"); dir != "" {
		f, _ := os.Create(filepath.Join(dir, "sheet.png"))
		png.Encode(f, img)
		f.Close()
	}
	return sh[0], img
}

// TestSheetQRReadsBack decodes the QR code of a drawn sheet: it holds the
// sheet's code, and gozxing finds it where the layout put it.
func TestSheetQRReadsBack(t *testing.T) {
	for _, paper := range []string{"A4", "A3"} {
		t.Run(paper, func(t *testing.T) {
			sh, img := sampleSheet(t, Options{Paper: paper})
			res := decodeQR(t, img)
			got, err := ParseCode(res.GetText())
			if err != nil || got != sh.Code {
				t.Fatalf("read %q (%v), want %+v", res.GetText(), err, sh.Code)
			}
			l, _ := NewLayout(paper)
			x, y, w, _ := l.QRBox()
			px := 150 / 25.4
			for _, p := range res.GetResultPoints() {
				if p.GetX() < x*px || p.GetX() > (x+w)*px || p.GetY() < y*px || p.GetY() > (y+w)*px {
					t.Errorf("finder pattern at %.0f,%.0f px, outside the QR box", p.GetX(), p.GetY())
				}
			}
		})
	}
}

// TestSheetMarkersAndFrame checks the corner markers' centres are dark
// with a light ring around, and that the map frame shows the code's box.
func TestSheetMarkersAndFrame(t *testing.T) {
	sh, img := sampleSheet(t, Options{})
	l, _ := NewLayout("A4")
	px := 150 / 25.4
	dark := func(x, y float64) bool {
		c := img.RGBAAt(int(x*px), int(y*px))
		return c.R < 60 && c.G < 60 && c.B < 60
	}
	for i, m := range l.Markers {
		u := l.Marker / 8
		if !dark(m[0], m[1]) || dark(m[0]+1.5*u, m[1]) || !dark(m[0]+3*u, m[1]) {
			t.Errorf("marker %d at %v mm is not dark, light, dark from its centre", i, m)
		}
	}
	_, _, w, h := l.MapFrame()
	v := viewOf(sh.Code.Bound, int(w*px), int(h*px))
	b := v.Bound()
	for i, d := range []float64{b.Min[0] - sh.Code.Bound.Min[0], b.Min[1] - sh.Code.Bound.Min[1], b.Max[0] - sh.Code.Bound.Max[0], b.Max[1] - sh.Code.Bound.Max[1]} {
		if math.Abs(d) > 2e-6 {
			t.Errorf("corner value %d of the frame is off by %g°", i, d)
		}
	}
}

func decodeQR(t *testing.T, img image.Image) *gozxing.Result {
	t.Helper()
	bmp, _ := gozxing.NewBinaryBitmapFromImage(img)
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func readQRFile(t *testing.T, path string) Code {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseCode(decodeQR(t, img).GetText())
	if err != nil {
		t.Fatal(err)
	}
	return c
}
