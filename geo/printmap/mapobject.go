package printmap

import (
	"image"
	"image/color"
	"math"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/render"
)

// sceneObject draws a whole render.Scene (areas with holes, hatching,
// point symbols and labels with halos) as one go-staticmaps MapObject,
// through geo/render on the map's own pixels.
type sceneObject struct {
	r     *render.Renderer
	scene render.Scene
	bound orb.Bound
}

var (
	_ sm.MapObject = (*sceneObject)(nil)
	_ sm.MapObject = (*focusObject)(nil)
)

// Bounds implements sm.MapObject.
func (o *sceneObject) Bounds() s2.Rect { return rectOf(o.bound) }

// ExtraMarginPixels implements sm.MapObject.
func (o *sceneObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

// Draw implements sm.MapObject: it renders the scene into the context's
// image with a view that puts every lon/lat where trans does.
func (o *sceneObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, ok := dc.Image().(*image.RGBA)
	if !ok {
		return
	}
	o.r.Draw(img, viewOf(trans, img.Bounds().Dx(), img.Bounds().Dy()), o.scene)
}

// viewOf is the render.View of a go-staticmaps image of w x h pixels.
func viewOf(trans *sm.Transformer, w, h int) render.View {
	centre := render.Point(trans.XYToLatLng(float64(w)/2, float64(h)/2))
	// the zoom follows from the pixel distance of two known points
	a, b := orb.Point{centre[0] - 0.01, centre[1]}, orb.Point{centre[0] + 0.01, centre[1]}
	ax, _ := trans.LatLngToXY(render.LatLng(a))
	bx, _ := trans.LatLngToXY(render.LatLng(b))
	v := render.View{Center: centre, Zoom: 0, Width: w, Height: h}
	x0, _ := v.Pixel(a)
	x1, _ := v.Pixel(b)
	v.Zoom = math.Log2((bx - ax) / (x1 - x0))
	return v
}

func rectOf(b orb.Bound) s2.Rect {
	return s2.RectFromLatLng(render.LatLng(b.Min)).AddPoint(render.LatLng(b.Max))
}

// focusObject dims everything outside one area and outlines it: the
// neighbours stay readable but the chosen khoroo or kheseg stands out. It
// draws with gg, as go-staticmaps' own objects do.
type focusObject struct {
	area    orb.MultiPolygon
	dim     color.NRGBA
	outline color.NRGBA
	width   float64
}

// Bounds implements sm.MapObject.
func (o *focusObject) Bounds() s2.Rect { return rectOf(o.area.Bound()) }

// ExtraMarginPixels implements sm.MapObject.
func (o *focusObject) ExtraMarginPixels() (float64, float64, float64, float64) {
	return o.width, o.width, o.width, o.width
}

// Draw implements sm.MapObject.
func (o *focusObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	w, h := float64(dc.Width()), float64(dc.Height())
	path := func() {
		for _, poly := range o.area {
			for _, ring := range poly {
				for i, p := range ring {
					x, y := trans.LatLngToXY(render.LatLng(p))
					if i == 0 {
						dc.MoveTo(x, y)
					} else {
						dc.LineTo(x, y)
					}
				}
				dc.ClosePath()
			}
		}
	}
	dc.SetFillRuleEvenOdd()
	dc.MoveTo(0, 0)
	dc.LineTo(w, 0)
	dc.LineTo(w, h)
	dc.LineTo(0, h)
	dc.ClosePath()
	path()
	dc.SetColor(o.dim)
	dc.Fill()
	path()
	dc.SetLineWidth(o.width)
	dc.SetLineJoinRound()
	dc.SetColor(o.outline)
	dc.Stroke()
}

// basemapObject draws a basemap's tiles under the map, at the print
// resolution, as a go-staticmaps MapObject: the tiles come from geo/basemap
// (offline files), so go-staticmaps itself never fetches.
type basemapObject struct {
	src     basemap.Source
	cache   *basemap.Cache
	opacity float64
	bound   orb.Bound
}

var _ sm.MapObject = (*basemapObject)(nil)

// Bounds implements sm.MapObject.
func (o *basemapObject) Bounds() s2.Rect { return rectOf(o.bound) }

// ExtraMarginPixels implements sm.MapObject.
func (o *basemapObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

// Draw implements sm.MapObject.
func (o *basemapObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, ok := dc.Image().(*image.RGBA)
	if !ok {
		return
	}
	basemap.Draw(img, viewOf(trans, img.Bounds().Dx(), img.Bounds().Dy()), o.src, o.cache, basemap.Options{Opacity: o.opacity, Smooth: true})
}
