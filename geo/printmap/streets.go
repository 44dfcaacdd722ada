package printmap

import (
	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/streets"
)

// streetsObject draws the project's street map under the boundaries, at
// the print resolution, as a go-staticmaps MapObject.
type streetsObject struct {
	view  render.View
	set   *streets.Set
	lang  string
	fonts render.Fonts
	scale float64
	bound orb.Bound
}

var _ sm.MapObject = (*streetsObject)(nil)

// Bounds implements sm.MapObject.
func (o *streetsObject) Bounds() s2.Rect { return rectOf(o.bound) }

// ExtraMarginPixels implements sm.MapObject.
func (o *streetsObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

// Draw implements sm.MapObject.
func (o *streetsObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, v, ok := picture(dc, trans, o.view)
	if !ok {
		return
	}
	pt := streets.NewPainter(o.fonts, o.lang)
	pt.Scale = o.scale
	pt.Draw(img, v, o.set)
}
