package printmap

import (
	"image"
	"image/color"
	"image/draw"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

// shadeObject shades the regions out of reach on paper so that they meet
// their area's edge: the traced regions are smoothed on a grid, so near
// the edge they fall short of it (an unshaded strip) or run beside it (a
// second line). Near the edge the region is widened by the smoothing's
// reach and everything is clipped to the area; the region's outline is
// drawn only away from the edge, where the area's own boundary serves.
type shadeObject struct {
	view           render.View
	regions, areas orb.MultiPolygon
	// slack is how far (in metres) smoothing moves an outline: the grid's
	// cell and a half.
	slack        float64
	fill, stroke color.NRGBA
	width        float64 // outline, in pixels
	bound        orb.Bound
}

var _ sm.MapObject = (*shadeObject)(nil)

// Bounds implements sm.MapObject.
func (o *shadeObject) Bounds() s2.Rect { return rectOf(o.bound) }

// ExtraMarginPixels implements sm.MapObject.
func (o *shadeObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

// Draw implements sm.MapObject.
func (o *shadeObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, v, ok := picture(dc, trans, o.view)
	if !ok || len(o.regions) == 0 {
		return
	}
	b := img.Bounds()
	slack := float32(o.slack / v.MetresPerPixel())
	region := maskOf(b, v, o.regions, 0, false)     // U
	widened := maskOf(b, v, o.regions, slack, true) // U's edge, slack each side
	edge := maskOf(b, v, o.areas, 2*slack, true)    // the areas' edges
	inArea := maskOf(b, v, o.areas, 0, false)       // A
	line := maskOf(b, v, o.regions, float32(o.width/2), true)
	fill, outline := image.NewAlpha(b), image.NewAlpha(b)
	for i := range fill.Pix {
		u := max(region.Pix[i], min(widened.Pix[i], edge.Pix[i]))
		fill.Pix[i] = min(u, inArea.Pix[i])
		outline.Pix[i] = min(line.Pix[i], inArea.Pix[i], 0xff-edge.Pix[i])
	}
	drawMask(img, fill, o.fill)
	drawMask(img, outline, o.stroke)
}

// maskOf rasterizes polygons (or, with edges, their outlines half wide)
// in v's pixels over b.
func maskOf(b image.Rectangle, v render.View, mp orb.MultiPolygon, half float32, edges bool) *image.Alpha {
	rings := pixelRings(v, mp)
	m := image.NewAlpha(b)
	if edges {
		st := stroker{dst: m, src: image.Opaque}
		for _, ring := range rings {
			for i := 1; i < len(ring); i++ {
				st.segment(ring[i-1], ring[i], half)
			}
		}
		return m
	}
	part := fillMask(b, rings)
	draw.Draw(m, part.Bounds(), part, part.Bounds().Min, draw.Src)
	return m
}

// drawMask paints c through a coverage mask.
func drawMask(img *image.RGBA, m *image.Alpha, c color.NRGBA) {
	draw.DrawMask(img, img.Bounds(), image.NewUniform(c), image.Point{}, m, m.Bounds().Min, draw.Over)
}
