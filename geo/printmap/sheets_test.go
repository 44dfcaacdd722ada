package printmap

import (
	"image"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/overlay"
)

// A page of a project with a field sheet read back draws the sheet under
// the annotations: the paper beside the khoroo takes the sheet's colour,
// a service point's symbol stays as it was.
func TestPageWithSheets(t *testing.T) {
	p := sample(t)
	f, _ := fonts.parse()
	opt := Options{Landscape: true, DPI: 150, Date: day, Lang: "en"}
	opt.Validate()
	plain := newPage(p, Extent{}, opt, f)
	if err := plain.render(); err != nil {
		t.Fatal(err)
	}
	v := plain.view
	sheet := image.NewNRGBA(image.Rect(0, 0, 10, 10))
	for i := range sheet.Pix {
		sheet.Pix[i] = []uint8{0, 200, 0, 255}[i%4]
	}
	p.Sheets = []overlay.Picture{{Image: sheet, Bound: v.Bound(), Opacity: 1}}
	pg := newPage(p, Extent{}, opt, f)
	if err := pg.render(); err != nil {
		t.Fatal(err)
	}
	if got := pg.mapImg.RGBAAt(6, 6); got.G < 150 || got.R > 60 {
		t.Errorf("beside the khoroo the map shows %v, want the sheet's green", got)
	}
	pt := p.Annotations.Points[0].Location
	x, y := v.Pixel(orb.Point(pt))
	if !image.Pt(int(x), int(y)).In(pg.mapImg.Rect) || plain.mapImg.RGBAAt(int(x), int(y)) == pg.mapImg.RGBAAt(6, 6) {
		t.Fatalf("the service point at (%.0f, %.0f) is not on the map", x, y)
	}
	if got, want := pg.mapImg.RGBAAt(int(x), int(y)), plain.mapImg.RGBAAt(int(x), int(y)); got != want {
		t.Errorf("the service point's symbol at (%.0f, %.0f) is %v, %v without the sheet: the sheet is drawn over it", x, y, got, want)
	}
}
