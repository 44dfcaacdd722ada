package printmap

import (
	"testing"

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
