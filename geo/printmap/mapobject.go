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
	// (view), clear of opt.Reserved (in the picture's pixels).
	labels int
	// opt are the options of this object's Draw: scale, transparent
	// background, and no labels unless this is the labels' pass.
	opt render.Options
	// view is the picture's (see picture).
	view render.View
}

var (
	_ sm.MapObject = (*sceneObject)(nil)
	_ sm.MapObject = (*focusObject)(nil)
)

// Bounds implements sm.MapObject.
func (o *sceneObject) Bounds() s2.Rect { return rectOf(o.bound) }

// ExtraMarginPixels implements sm.MapObject.
func (o *sceneObject) ExtraMarginPixels() (float64, float64, float64, float64) { return 0, 0, 0, 0 }

// Draw implements sm.MapObject: it renders the scene into the picture
// with a view that puts every lon/lat where trans does.
func (o *sceneObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, v, ok := picture(dc, trans, o.view)
	if !ok {
		return
	}
	if o.labels > 0 { // labels stay a few pixels inside the picture, clear of the panels
		o.r.DrawLabels(img.SubImage(img.Bounds().Inset(o.labels)).(*image.RGBA), v, o.scene, o.opt)
		return
	}
	o.r.Draw(img, v, o.scene, o.opt)
}

// picture is the part of go-staticmaps' image that becomes the map: it
// draws on whole tiles and crops their middle afterwards, so its objects
// draw into that middle only, as an image of its own (origin at 0, 0),
// with want's centre and size at the zoom trans really has.
func picture(dc *gg.Context, trans *sm.Transformer, want render.View) (*image.RGBA, render.View, bool) {
	img, ok := dc.Image().(*image.RGBA)
	if !ok {
		return nil, want, false
	}
	cx, cy := trans.LatLngToXY(render.LatLng(want.Center))
	at := image.Pt(int(math.Round(cx))-want.Width/2, int(math.Round(cy))-want.Height/2)
	if !image.Rect(0, 0, want.Width, want.Height).Add(at).In(img.Bounds()) {
		return nil, want, false
	}
	v := want
	v.Zoom = viewOf(trans, img.Bounds().Dx(), img.Bounds().Dy()).Zoom
	return &image.RGBA{Pix: img.Pix[img.PixOffset(at.X, at.Y):], Stride: img.Stride, Rect: image.Rect(0, 0, want.Width, want.Height)}, v, true
}

// viewOf is the render.View of a go-staticmaps image of w x h pixels.
func viewOf(trans *sm.Transformer, w, h int) render.View {
	centre := render.Point(trans.XYToLatLng(float64(w)/2, float64(h)/2))
	// the zoom follows from the pixel distance of two known points, close
	// enough to the centre that go-staticmaps never wraps them around the
	// world (at ±0.01° some khoroo pages got a NaN zoom and a blank map)
	a, b := orb.Point{centre[0] - 1e-4, centre[1]}, orb.Point{centre[0] + 1e-4, centre[1]}
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
	view    render.View
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
// coverage mask over its bounding box, everything outside it is washed
// with the dimming colour, and its outline is stroked edge by edge.
func (o *focusObject) Draw(dc *gg.Context, trans *sm.Transformer) {
	img, v, ok := picture(dc, trans, o.view) // (go-staticmaps' own transform wraps points off the image around the world)
	if !ok {
		return
	}
	b := img.Bounds()
	rings := pixelRings(v, o.area)
	mask := fillMask(b, rings)
	for i, a := range mask.Pix { // outside is what the area does not cover
		mask.Pix[i] = 0xff - a
	}
	dim := image.NewUniform(o.dim)
	in := mask.Bounds()
	for _, r := range []image.Rectangle{ // around the area's box, all is outside
		{Min: b.Min, Max: image.Pt(b.Max.X, in.Min.Y)}, {Min: image.Pt(b.Min.X, in.Max.Y), Max: b.Max},
		{Min: image.Pt(b.Min.X, in.Min.Y), Max: image.Pt(in.Min.X, in.Max.Y)}, {Min: image.Pt(in.Max.X, in.Min.Y), Max: image.Pt(b.Max.X, in.Max.Y)},
	} {
		if !r.Empty() {
			draw.Draw(img, r, dim, image.Point{}, draw.Over)
		}
	}
	if in.Empty() {
		draw.Draw(img, b, dim, image.Point{}, draw.Over)
	} else {
		draw.DrawMask(img, in, dim, image.Point{}, mask, in.Min, draw.Over)
	}
	// the outline: edges two of the area's own polygons share (a district
	// made of its khoroos) are inside it
	st := stroker{dst: img, src: image.NewUniform(o.outline)}
	for _, e := range districtEdges([]Area{{Geometry: o.area}}) {
		a, b := v.Pixel(e[0])
		c, d := v.Pixel(e[1])
		st.segment([2]float32{float32(a), float32(b)}, [2]float32{float32(c), float32(d)}, float32(o.width/2))
	}
}

// linesObject strokes segments (the districts' borders) over the map.
type linesObject struct {
	view     render.View
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
	img, v, ok := picture(dc, trans, o.view)
	if !ok || len(o.segments) == 0 {
		return
	}
	pt := func(p orb.Point) [2]float32 {
		x, y := v.Pixel(p)
		return [2]float32{float32(x), float32(y)}
	}
	st := stroker{dst: img, src: image.NewUniform(o.colour)}
	for _, s := range o.segments {
		st.segment(pt(s[0]), pt(s[1]), float32(o.width/2))
	}
}

// basemapObject draws a basemap's tiles under the map, at the print
// resolution, as a go-staticmaps MapObject: the tiles come from geo/basemap
// (offline files), so go-staticmaps itself never fetches.
type basemapObject struct {
	view    render.View
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
	img, v, ok := picture(dc, trans, o.view)
	if !ok {
		return
	}
	basemap.Draw(img, v, o.src, o.cache, basemap.Options{Opacity: o.opacity, Smooth: true})
}
