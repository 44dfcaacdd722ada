// Package render draws geo layers into images: the on-screen map and,
// later, printed pages. It is pure Go and knows nothing of any UI toolkit;
// the caller hands it the pixels to fill and the font to write with.
package render

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/view"
)

// TileSize, MaxZoom and MinZoom are geo/view's, kept here for callers.
const (
	TileSize = view.TileSize
	MaxZoom  = view.MaxZoom
	MinZoom  = view.MinZoom
)

// View is geo/view's View: which lon/lat sits at the centre of an image,
// at which zoom. It lives in that leaf package so that basemaps need not
// import the renderer.
type View = view.View

// Fit returns the view of width x height pixels that shows b whole with
// pad pixels around it (see view.Fit).
func Fit(b orb.Bound, width, height int, pad float64) View { return view.Fit(b, width, height, pad) }

func worldPixel(p orb.Point, z float64) (float64, float64) { return view.WorldPixel(p, z) }
