package printmap

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	sm "github.com/flopp/go-staticmaps"
	"github.com/fogleman/gg"
	"github.com/golang/geo/s2"
	"github.com/paulmach/orb"
	"golang.org/x/image/vector"

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
	// labels, when above 0, makes this the pass that draws only the
	// labels, kept that many pixels inside the edges of the picture
	// (view), clear of reserved (in the picture's pixels).
	labels   int
	view     render.View
	reserved []image.Rectangle
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
	v := viewOf(trans, img.Bounds().Dx(), img.Bounds().Dy())
	if o.labels > 0 {
		// go-staticmaps draws on whole tiles and crops the picture out of
		// their middle afterwards: labels must fit the picture, not the tiles
		cx, cy := trans.LatLngToXY(render.LatLng(o.view.Center))
		at := image.Pt(int(math.Round(cx))-o.view.Width/2, int(math.Round(cy))-o.view.Height/2)
		o.r.Reserved = o.r.Reserved[:0]
		for _, r := range o.reserved {
			o.r.Reserved = append(o.r.Reserved, r.Add(at))
		}
		visible := image.Rect(0, 0, o.view.Width, o.view.Height).Add(at).Inset(o.labels).Intersect(img.Bounds())
		o.r.DrawLabels(img.SubImage(visible).(*image.RGBA), v, o.scene)
		return
	}
	o.r.Draw(img, v, o.scene)
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

// Draw implements sm.MapObject: the area is rasterized once into a
// coverage mask (x/image/vector, touching each pixel once), everything
// outside it is washed with the dimming colour, and its outline is
// stroked as a quadrilateral per edge.
func (o *focusObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, ok := dc.Image().(*image.RGBA)
	if !ok {
		return
	}
	b := img.Bounds()
	v := viewOf(trans, b.Dx(), b.Dy()) // go-staticmaps' own transform wraps points off the image around the world
	inside := vector.NewRasterizer(b.Dx(), b.Dy())
	line := vector.NewRasterizer(b.Dx(), b.Dy())
	half := float32(o.width / 2)
	for _, poly := range o.area {
		for _, ring := range poly {
			pts := make([][2]float32, len(ring))
			for i, p := range ring {
				x, y := v.Pixel(p)
				pts[i] = [2]float32{float32(x), float32(y)}
			}
			if len(pts) < 3 {
				continue
			}
			inside.MoveTo(pts[0][0], pts[0][1])
			for _, p := range pts[1:] {
				inside.LineTo(p[0], p[1])
			}
			inside.ClosePath()
			for i := 1; i < len(pts); i++ {
				strokeSegment(line, pts[i-1], pts[i], half)
			}
		}
	}
	mask := image.NewAlpha(b)
	inside.Draw(mask, b, image.Opaque, image.Point{})
	for i, a := range mask.Pix { // outside is what the area does not cover
		mask.Pix[i] = 0xff - a
	}
	draw.DrawMask(img, b, image.NewUniform(o.dim), image.Point{}, mask, b.Min, draw.Over)
	line.Draw(img, b, image.NewUniform(o.outline), image.Point{})
}

// linesObject strokes segments (the districts' borders) over the map.
type linesObject struct {
	segments [][2]orb.Point
	colour   color.NRGBA
	width    float64
	bound    orb.Bound
}

var _ sm.MapObject = (*linesObject)(nil)

// Bounds implements sm.MapObject.
func (o *linesObject) Bounds() s2.Rect { return rectOf(o.bound) }

// ExtraMarginPixels implements sm.MapObject.
func (o *linesObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

// Draw implements sm.MapObject.
func (o *linesObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, ok := dc.Image().(*image.RGBA)
	if !ok || len(o.segments) == 0 {
		return
	}
	b := img.Bounds()
	v := viewOf(trans, b.Dx(), b.Dy())
	z := vector.NewRasterizer(b.Dx(), b.Dy())
	pt := func(p orb.Point) [2]float32 {
		x, y := v.Pixel(p)
		return [2]float32{float32(x), float32(y)}
	}
	for _, s := range o.segments {
		if o.bound.Intersects(orb.Bound{Min: s[0], Max: s[0]}.Extend(s[1])) {
			strokeSegment(z, pt(s[0]), pt(s[1]), float32(o.width/2))
		}
	}
	z.Draw(img, b, image.NewUniform(o.colour), image.Point{})
}

// strokeSegment adds a line from a to b, half wide on each side and
// lengthened by half at both ends so that joints close, to z.
func strokeSegment(z *vector.Rasterizer, a, b [2]float32, half float32) {
	dx, dy := b[0]-a[0], b[1]-a[1]
	n := float32(math.Hypot(float64(dx), float64(dy)))
	if n == 0 {
		return
	}
	ux, uy := dx/n*half, dy/n*half
	z.MoveTo(a[0]-ux-uy, a[1]-uy+ux)
	z.LineTo(b[0]+ux-uy, b[1]+uy+ux)
	z.LineTo(b[0]+ux+uy, b[1]+uy-ux)
	z.LineTo(a[0]-ux+uy, a[1]-uy-ux)
	z.ClosePath()
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
