package printmap

import (
	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/overlay"
	"github.com/khoroomap/khoroomap/geo/render"
)

// sheetsObject draws the field sheets read back into the project under
// the boundaries and annotations (over any basemap and street map), as
// the window does, as a go-staticmaps MapObject.
type sheetsObject struct {
	view   render.View
	sheets []overlay.Picture
	bound  orb.Bound
}

var _ sm.MapObject = (*sheetsObject)(nil)

// Bounds implements sm.MapObject.
func (o *sheetsObject) Bounds() s2.Rect { return rectOf(o.bound) }

// ExtraMarginPixels implements sm.MapObject.
func (o *sheetsObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

// Draw implements sm.MapObject.
func (o *sheetsObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	if img, v, ok := picture(dc, trans, o.view); ok {
		overlay.DrawAll(img, v, o.sheets)
	}
}
