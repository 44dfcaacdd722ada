package sheets

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/streets"
)

// blueTiles is a basemap whose every tile is plain blue.
type blueTiles struct{}

func (blueTiles) Info() basemap.Info {
	return basemap.Info{Name: "blue", MinZoom: 0, MaxZoom: 19, Format: "png"}
}
func (blueTiles) Close() error { return nil }
func (blueTiles) Tile(z, x, y int) ([]byte, error) {
	img := image.NewNRGBA(image.Rect(0, 0, 256, 256))
	for i := range img.Pix {
		img.Pix[i] = []uint8{0, 0, 255, 255}[i%4]
	}
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

// TestSheetShowsWhatIsMapped: a sheet's map carries, lightly, the
// annotations already mapped, the project's street map and its basemap,
// so that a leader draws what is missing, not what is known.
func TestSheetShowsWhatIsMapped(t *testing.T) {
	p := sample(t)
	plan, err := Plan("training", p.Areas(geo.RoleKheseg), "A4")
	if err != nil {
		t.Fatal(err)
	}
	s := plan[0]
	l, _ := NewLayout("A4")
	opt := Options{}
	opt.validate()
	frame := newCanvas(l, float64(opt.DPI), testFonts(t)).pixelRect(l.mapBox)
	v := viewOf(s.Code.Bound, frame.Dx(), frame.Dy())
	at := func(pt orb.Point) image.Point {
		x, y := v.Pixel(pt)
		return image.Pt(frame.Min.X+int(x), frame.Min.Y+int(y))
	}
	var inside *orb.Point
	for _, pt := range p.Annotations.Points {
		if s.Code.Bound.Contains(pt.Location) {
			inside = &pt.Location
			break
		}
	}
	if inside == nil {
		t.Fatal("no service point on the first kheseg's sheet")
	}
	y := (s.Code.Bound.Min[1] + s.Code.Bound.Max[1]) / 2
	road := orb.LineString{{s.Code.Bound.Min[0], y}, {s.Code.Bound.Max[0], y}}
	p.Streets = streets.NewSet([]streets.Feature{{Class: streets.Primary, Geometry: road}})
	p.Basemap = blueTiles{}
	with, err := Draw(p, s, opt, testFonts(t))
	if err != nil {
		t.Fatal(err)
	}
	p.Annotations, p.Streets, p.Basemap = nil, nil, nil
	without, err := Draw(p, s, opt, testFonts(t))
	if err != nil {
		t.Fatal(err)
	}
	corner := image.Pt(frame.Min.X+3, frame.Min.Y+3)
	if c := with.RGBAAt(corner.X, corner.Y); c.B < 200 || c.R > 180 {
		t.Errorf("the map's corner is %v: the blue basemap, lightened, is not there", c)
	}
	for name, pt := range map[string]image.Point{"the service point": at(*inside), "the street": at(orb.Point{s.Code.Bound.Min[0] + 0.1*(s.Code.Bound.Max[0]-s.Code.Bound.Min[0]), y})} {
		if a, b := with.RGBAAt(pt.X, pt.Y), without.RGBAAt(pt.X, pt.Y); a == b {
			t.Errorf("%s at %v: the sheet shows %v with it and without it", name, pt, a)
		}
	}
}
