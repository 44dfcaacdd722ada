package printmap

import (
	"math"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// A label whose area is centred on the map's left edge is not printed cut
// in half by the frame: go-staticmaps draws on whole tiles and crops
// afterwards, so labels are placed inside the picture itself.
//
//	+--frame---------+
//	|####            |   the square area straddles the frame's left edge;
//	|#### label?     |   its name would sit on the edge
//	|####            |
//	+----------------+
func TestLabelsNotCutAtFrame(t *testing.T) {
	f, _ := fonts.parse()
	sq := orb.MultiPolygon{{{{106.88, 47.90}, {106.92, 47.90}, {106.92, 47.93}, {106.88, 47.93}, {106.88, 47.90}}}}
	l := &geo.Layer{Kind: geo.Polygons, Features: []geo.Feature{{Name: "Өргөн нэртэй хороо", Geometry: sq}}}
	l.ComputeBound()
	scene := render.Scene{Selected: render.None, Layers: []render.DrawLayer{{Layer: l, Role: geo.RoleKhoroo, Style: render.DefaultStyle(geo.RoleKhoroo)}}}
	for _, width := range []int{600, 613, 640} {
		v := render.Fit(orb.Bound{Min: orb.Point{106.90, 47.895}, Max: orb.Point{106.98, 47.935}}, width, 400, 0)
		v.Center[0] = 106.90 + (v.Center[0] - v.Bound().Min[0]) // the frame's left edge on the square's middle
		img, err := renderMap(f, mapRequest{scene: scene, view: v, scale: 1, background: mapPaper})
		if err != nil {
			t.Fatal(err)
		}
		dark := 0
		for y := 0; y < img.Bounds().Dy(); y++ {
			for x := 0; x < 3; x++ {
				if c := img.RGBAAt(x, y); c.R < 100 && c.G < 40 && c.B < 100 {
					dark++
				}
			}
		}
		if dark > 0 {
			t.Errorf("%d px wide: %d pixels of a label on the frame's edge", width, dark)
		}
	}
}

// probe records the view go-staticmaps' transform gives a map's objects.
type probe struct {
	want render.View
	got  render.View
	ok   bool
}

func (o *probe) Bounds() s2.Rect { return rectOf(o.want.Bound()) }
func (o *probe) ExtraMarginPixels() (float64, float64, float64, float64) {
	return 0, 0, 0, 0
}
func (o *probe) Draw(dc *gg.Context, trans *sm.Transformer) {
	_, o.got, o.ok = picture(dc, trans, o.want)
}

// Every real khoroo's page draws its map at the page's own zoom: the
// transform's zoom was once worked out from points 0.01° either side of
// the centre, which go-staticmaps wrapped around the world on some pages
// (a NaN zoom and a blank map: Баянзүрх 14-р хороо at 150 and 300 dpi).
func TestMapViewEveryKhoroo(t *testing.T) {
	p := realProject(t)
	for _, a := range p.Areas(geo.RoleKhoroo) {
		for _, dpi := range []int{150, 300} {
			pg := newPage(p, Extent{Area: &a}, Options{Landscape: true, DPI: dpi, Lang: "mn", Paper: "A4", Date: day}, mustFonts(t))
			v := pg.view
			pr := &probe{want: v}
			tp := sm.NewTileProviderNone()
			zi := math.Floor(v.Zoom)
			tp.TileSize = int(math.Round(256 * math.Exp2(v.Zoom-zi)))
			ctx := sm.NewContext()
			ctx.SetTileProvider(tp)
			ctx.SetOnline(false)
			ctx.SetSize(v.Width, v.Height)
			ctx.SetZoom(int(zi))
			ctx.SetCenter(render.LatLng(v.Center))
			ctx.AddObject(pr)
			if _, err := ctx.Render(); err != nil {
				t.Fatal(err)
			}
			if !pr.ok || math.IsNaN(pr.got.Zoom) || math.Abs(pr.got.Zoom-v.Zoom) > 0.01 {
				t.Errorf("%s %s at %d dpi: drawn at zoom %v (ok %v), the page's %v", a.Name, a.District, dpi, pr.got.Zoom, pr.ok, v.Zoom)
			}
		}
	}
}

func mustFonts(t *testing.T) render.Fonts {
	f, err := fonts.parse()
	if err != nil {
		t.Fatal(err)
	}
	return f
}
