package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// Renderer draws scenes into images. It caches projected geometry and
// rendered labels between frames, so panning and zooming only redo the
// cheap work. Draw may be called from one goroutine at a time; the caches
// themselves are safe for concurrent use.
type Renderer struct {
	Fonts Fonts
	// Scale is the number of image pixels per device-independent pixel
	// (2 on a HiDPI screen); line widths, symbols and labels grow with it.
	Scale float64
	// Background fills the image before anything is drawn.
	Background color.NRGBA

	proj           projCache
	labels         labelCache
	sprites        spriteCache
	scratch        []orb.Point
	fillP, strokeP painter      // reused between layers and frames
	mask           *image.Alpha // coverage scratch shared by the painters
}

// painters readies the two reusable painters for dst.
func (r *Renderer) painters(dst *image.RGBA, pad float64) (fill, stroke *painter) {
	if r.mask == nil || r.mask.Bounds() != dst.Bounds() {
		r.mask = image.NewAlpha(dst.Bounds())
	}
	r.fillP.begin(dst, r.mask, pad)
	r.strokeP.begin(dst, r.mask, pad)
	return &r.fillP, &r.strokeP
}

// NewRenderer returns a renderer writing labels in the given fonts.
func NewRenderer(f Fonts) *Renderer {
	return &Renderer{Fonts: f, Scale: 1, Background: color.NRGBA{0xf4, 0xf1, 0xea, 0xff}}
}

// Highlight colours for the selected feature.
var (
	selectStroke = color.NRGBA{0xff, 0x8f, 0x00, 0xff}
	selectFill   = color.NRGBA{0xff, 0xeb, 0x3b, 0x66}
)

// frame is the pixel transform of one Draw: world zoom-0 pixels times k,
// minus (ox, oy).
type frame struct {
	k, ox, oy float64
	world     orb.Bound // the view in world zoom-0 pixels
	v         View
}

func newFrame(v View) frame {
	k := math.Exp2(v.Zoom)
	cx, cy := worldPixel(v.Center, 0)
	f := frame{k: k, ox: cx*k - float64(v.Width)/2, oy: cy*k - float64(v.Height)/2, v: v}
	f.world = orb.Bound{Min: orb.Point{f.ox / k, f.oy / k}, Max: orb.Point{(f.ox + float64(v.Width)) / k, (f.oy + float64(v.Height)) / k}}
	return f
}

func (f frame) px(p orb.Point) (float64, float64) { return p[0]*f.k - f.ox, p[1]*f.k - f.oy }

// Draw paints the scene into dst as seen through v; dst should be
// v.Width x v.Height pixels.
func (r *Renderer) Draw(dst *image.RGBA, v View, s Scene) {
	draw.Draw(dst, dst.Bounds(), image.NewUniform(r.Background), image.Point{}, draw.Src)
	r.proj.forget(s.Layers)
	f := newFrame(v)
	for i, dl := range s.Layers {
		if !dl.Hidden && dl.Layer.Kind == geo.Polygons {
			r.drawPolygons(dst, f, r.proj.get(dl.Layer), dl.Style)
		}
		if s.Selected.Layer == i && !dl.Hidden {
			r.drawSelected(dst, f, r.proj.get(dl.Layer), s.Selected.Feature, dl.Style)
		}
	}
	for _, dl := range s.Layers {
		if !dl.Hidden && dl.Layer.Kind == geo.Points {
			r.drawPoints(dst, f, r.proj.get(dl.Layer), dl.Style)
		}
	}
	r.drawLabels(dst, f, s)
}

func (r *Renderer) scale() float64 {
	if r.Scale <= 0 {
		return 1
	}
	return r.Scale
}

// pixels converts a world ring to image pixels, dropping vertices that
// move less than half a pixel: the cheap per-zoom simplification.
func (r *Renderer) pixels(f frame, ring orb.Ring) orb.Ring {
	out := r.scratch[:0]
	for i, p := range ring {
		x, y := f.px(p)
		if n := len(out); n > 0 && i < len(ring)-1 {
			last := out[n-1]
			if math.Abs(x-last[0]) < 0.5 && math.Abs(y-last[1]) < 0.5 {
				continue
			}
		}
		out = append(out, orb.Point{x, y})
	}
	r.scratch = out
	return orb.Ring(out)
}

// drawPolygons fills, hatches and outlines every visible feature of a layer.
func (r *Renderer) drawPolygons(dst *image.RGBA, f frame, p *projected, st Style) {
	sc := r.scale()
	width := st.StrokeWidth * sc
	fill, stroke := r.painters(dst, width+2)
	for i := range p.features {
		pf := &p.features[i]
		if !pf.bound.Intersects(f.world) {
			continue
		}
		var hatchRings []orb.Ring
		for _, poly := range pf.polys {
			for _, ring := range poly {
				px := r.pixels(f, ring)
				if st.Fill.A > 0 {
					fill.ring(px)
				}
				if st.Hatch {
					hatchRings = append(hatchRings, append(orb.Ring(nil), px...))
				}
				if width > 0 && st.Stroke.A > 0 {
					stroke.stroke(px, width)
				}
			}
		}
		if len(hatchRings) > 0 {
			hatch(dst, hatchRings, st.Stroke, 8*sc, math.Max(1, sc))
		}
	}
	fill.flush(st.Fill)
	stroke.flush(st.Stroke)
}

// drawSelected highlights one feature over its layer.
func (r *Renderer) drawSelected(dst *image.RGBA, f frame, p *projected, i int, st Style) {
	if i < 0 || i >= len(p.features) {
		return
	}
	pf := &p.features[i]
	sc := r.scale()
	if pf.polys == nil {
		x, y := f.px(pf.point)
		rad := (st.PointRadius + 4) * sc
		ring := newPainter(dst, 2)
		ring.stroke(circle(x, y, rad, 24), 3*sc)
		ring.flush(selectStroke)
		return
	}
	fill, stroke := r.painters(dst, 6*sc)
	for _, poly := range pf.polys {
		for _, ring := range poly {
			px := r.pixels(f, ring)
			fill.ring(px)
			stroke.stroke(px, 3.5*sc)
		}
	}
	fill.flush(selectFill)
	stroke.flush(selectStroke)
}

func circle(x, y, r float64, n int) []orb.Point {
	pts := make([]orb.Point, n+1)
	for k := 0; k <= n; k++ {
		a := 2 * math.Pi * float64(k) / float64(n)
		pts[k] = orb.Point{x + r*math.Cos(a), y + r*math.Sin(a)}
	}
	return pts
}

// drawPoints stamps a symbol at every visible point.
func (r *Renderer) drawPoints(dst *image.RGBA, f frame, p *projected, st Style) {
	radius, width := st.PointRadius, st.StrokeWidth
	if z := f.v.Zoom; z < 13 { // dense symbols at city scale would hide the map
		shrink := math.Max(0.4, 1-(13-z)*0.15)
		radius, width = radius*shrink, width*shrink
	}
	sym := r.sprites.get(st.Fill, st.Stroke, radius*r.scale(), width*r.scale())
	half := sym.img.Bounds().Dx() / 2
	b := dst.Bounds()
	for _, i := range p.order {
		x, y := f.px(p.features[i].point)
		ix, iy := int(math.Round(x))-half, int(math.Round(y))-half
		rect := sym.img.Bounds().Add(image.Pt(ix, iy))
		if !rect.Overlaps(b) {
			continue
		}
		blitOver(dst, sym, rect)
	}
}

// blitOver composites a premultiplied sprite onto dst at rect (the
// sprite's bounds moved into place): opaque spans are copied, the rest
// blended, transparent pixels skipped. It does what draw.Draw with
// draw.Over does, several times faster for small symbols.
func blitOver(dst *image.RGBA, sp *sprite, rect image.Rectangle) {
	clipped := rect.Intersect(dst.Bounds())
	off := rect.Min
	for y := clipped.Min.Y; y < clipped.Max.Y; y++ {
		sy := y - off.Y
		x0, x1 := clipped.Min.X-off.X, clipped.Max.X-off.X
		srow := sp.img.Pix[sp.img.PixOffset(0, sy):sp.img.PixOffset(x1, sy)]
		drow := dst.Pix[dst.PixOffset(off.X, y) : dst.PixOffset(off.X, y)+4*x1]
		o := sp.opaque[sy]
		from, to := max(o[0], x0), min(o[1], x1)
		if from < to {
			copy(drow[4*from:4*to], srow[4*from:4*to])
			blendRun(drow, srow, x0, from)
			blendRun(drow, srow, to, x1)
		} else {
			blendRun(drow, srow, x0, x1)
		}
	}
}

// blendRun blends premultiplied pixels [from, to) of src over dst.
func blendRun(dst, src []uint8, from, to int) {
	for i := 4 * from; i < 4*to; i += 4 {
		s := src[i : i+4 : i+4]
		sa := uint32(s[3])
		if sa == 0 {
			continue
		}
		inv := 255 - sa
		d := dst[i : i+4 : i+4]
		d[0] = s[0] + div255(uint32(d[0])*inv)
		d[1] = s[1] + div255(uint32(d[1])*inv)
		d[2] = s[2] + div255(uint32(d[2])*inv)
		d[3] = s[3] + div255(uint32(d[3])*inv)
	}
}

// div255 divides a product of two bytes by 255, rounding, without a division.
func div255(v uint32) uint8 {
	v += 128
	return uint8((v + v>>8) >> 8)
}
