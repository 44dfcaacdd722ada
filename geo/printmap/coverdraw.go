package printmap

import (
	"image"
	"image/color"
	"image/draw"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"
	"golang.org/x/image/vector"

	"github.com/khoroomap/khoroomap/geo/render"
)

// shadeObject shades the regions out of reach on paper so that they meet
// their area's edge: the traced regions are smoothed on a grid, so near
// the edge they fall short of it (an unshaded strip) or run beside it (a
// second line). Near the edge the region is widened by the smoothing's
// reach and everything is clipped to the area; the region's outline is
// drawn only away from the edge, where the area's own boundary serves.
type shadeObject struct {
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
	img, ok := dc.Image().(*image.RGBA)
	if !ok || len(o.regions) == 0 {
		return
	}
	b := img.Bounds()
	v := viewOf(trans, b.Dx(), b.Dy())
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
	z := vector.NewRasterizer(b.Dx(), b.Dy())
	for _, poly := range mp {
		for k, ring := range poly {
			if len(ring) < 3 {
				continue
			}
			pts := make([][2]float32, len(ring))
			for i, p := range ring {
				x, y := v.Pixel(p)
				pts[i] = [2]float32{float32(x), float32(y)}
			}
			if (signedArea(pts) > 0) != (k == 0) { // outer rings one way, holes the other: the rasterizer adds windings
				for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
					pts[i], pts[j] = pts[j], pts[i]
				}
			}
			if edges {
				for i := 1; i < len(pts); i++ {
					strokeSegment(z, pts[i-1], pts[i], half)
				}
				continue
			}
			z.MoveTo(pts[0][0], pts[0][1])
			for _, p := range pts[1:] {
				z.LineTo(p[0], p[1])
			}
			z.ClosePath()
		}
	}
	m := image.NewAlpha(b)
	z.Draw(m, b, image.Opaque, image.Point{})
	return m
}

// signedArea is twice a ring's signed area (shoelace).
func signedArea(pts [][2]float32) float64 {
	a := 0.0
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		a += float64(p[0])*float64(q[1]) - float64(q[0])*float64(p[1])
	}
	return a
}

// drawMask paints c through a coverage mask.
func drawMask(img *image.RGBA, m *image.Alpha, c color.NRGBA) {
	draw.DrawMask(img, img.Bounds(), image.NewUniform(c), image.Point{}, m, m.Bounds().Min, draw.Over)
}
