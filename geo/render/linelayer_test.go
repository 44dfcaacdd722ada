package render

import (
	"image/color"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// A track walked across the khoroo, drawn in red over the areas, at
// scale 1 and 2:
//
//	+-----------------+  khoroo
//	|  ___/‾‾‾‾‾‾‾‾   |  track: (106.905,47.905) (106.915,47.925) (106.95,47.925)
//	| /               |
//	+-----------------+
func TestDrawLines(t *testing.T) {
	red := color.NRGBA{0xd0, 0x10, 0x10, 0xff}
	for _, scale := range []float64{1, 2} {
		s := testScene()
		track := &geo.Layer{Kind: geo.Lines, Features: []geo.Feature{{Name: "Алхсан зам",
			Geometry: orb.MultiLineString{{{106.905, 47.905}, {106.915, 47.925}, {106.95, 47.925}}}}}}
		track.ComputeBound()
		s.Layers = append(s.Layers, DrawLayer{Layer: track, Role: geo.RoleOther, Style: Style{Stroke: red, StrokeWidth: 1}})
		img, v := drawTest(t, s, scale)
		for _, p := range []orb.Point{{106.91, 47.915}, {106.93, 47.925}, {106.95, 47.925}} {
			if c := at(img, v, p); !(c.R > 180 && c.G < 60 && c.B < 60) {
				t.Errorf("scale %v: on the track at %v: %v, want red", scale, p, c)
			}
		}
		// beside the line, farther than half its 2.5 px width: no red
		x, y := v.Pixel(orb.Point{106.93, 47.925})
		if c := img.RGBAAt(int(x), int(y+3*scale)); c.R > 180 && c.G < 60 {
			t.Errorf("scale %v: 3 px below the track: %v, want the area's colour", scale, c)
		}
		s.Layers[len(s.Layers)-1].Hidden = true
		img, v = drawTest(t, s, scale)
		if c := at(img, v, orb.Point{106.93, 47.925}); c.R > 180 && c.G < 60 {
			t.Errorf("scale %v: a hidden track drawn: %v", scale, c)
		}
	}
}
