package render

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sync"

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

	proj    projCache
	labels  labelCache
	sprites spriteCache
	bands   []*band
}

// band draws one horizontal strip of an image; the strips of a frame are
// drawn in parallel, each with its own scratch state, reused across frames.
type band struct {
	r              *Renderer
	scratch        []orb.Point
	skip           []bool       // per segment of scratch: already drawn by a neighbour
	outlined       []bool       // per feature of the layer being drawn: outline drawn
	fillP, strokeP painter      // reused between layers and frames
	mask           *image.Alpha // coverage scratch shared by the painters
}

// painters readies the two reusable painters for dst.
func (b *band) painters(dst *image.RGBA, pad float64) (fill, stroke *painter) {
	if b.mask == nil || b.mask.Bounds() != dst.Bounds() {
		b.mask = image.NewAlpha(dst.Bounds())
	}
	b.fillP.begin(dst, b.mask, pad)
	b.strokeP.begin(dst, b.mask, pad)
	return &b.fillP, &b.strokeP
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
// v.Width x v.Height pixels with its origin at (0, 0). Areas and symbols
// are drawn in horizontal strips, one per processor, then the labels over
// the whole image.
func (r *Renderer) Draw(dst *image.RGBA, v View, s Scene) {
	draw.Draw(dst, dst.Bounds(), image.NewUniform(r.Background), image.Point{}, draw.Src)
	r.proj.forget(s.Layers)
	for _, dl := range s.Layers {
		r.proj.get(dl.Layer) // project once, before the strips share it
	}
	f := newFrame(v)
	n := min(runtime.GOMAXPROCS(0), maxBands, max(1, v.Height/64))
	for len(r.bands) < n {
		r.bands = append(r.bands, &band{r: r})
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		top, bottom := v.Height*i/n, v.Height*(i+1)/n
		strip := &image.RGBA{Pix: dst.Pix[top*dst.Stride:], Stride: dst.Stride, Rect: image.Rect(0, 0, v.Width, bottom-top)}
		wg.Add(1)
		go func(b *band) {
			defer wg.Done()
			b.draw(strip, f.strip(top, bottom-top), s)
		}(r.bands[i])
	}
	wg.Wait()
	r.drawLabels(dst, f, s)
}

// maxBands bounds how many strips a frame is cut into.
const maxBands = 8

// strip is the frame of a horizontal strip of the image, top pixels down
// and height tall.
func (f frame) strip(top, height int) frame {
	g := f
	g.oy += float64(top)
	g.v.Height = height
	g.world = orb.Bound{Min: orb.Point{g.ox / g.k, g.oy / g.k}, Max: orb.Point{(g.ox + float64(g.v.Width)) / g.k, (g.oy + float64(height)) / g.k}}
	return g
}

// draw paints the areas, the selection and the symbols of one strip.
func (b *band) draw(dst *image.RGBA, f frame, s Scene) {
	r := b.r
	for i, dl := range s.Layers {
		if !dl.Hidden && dl.Layer.Kind == geo.Polygons {
			b.drawPolygons(dst, f, r.proj.get(dl.Layer), dl.Style)
		}
		if s.Selected.Layer == i && !dl.Hidden {
			b.drawSelected(dst, f, r.proj.get(dl.Layer), s.Selected.Feature, dl.Style)
		}
	}
	for _, dl := range s.Layers {
		if !dl.Hidden && dl.Layer.Kind == geo.Points {
			b.drawPoints(dst, f, r.proj.get(dl.Layer), dl.Style)
		}
	}
}

func (r *Renderer) scale() float64 {
	if r.Scale <= 0 {
		return 1
	}
	return r.Scale
}

// tinyPx is the size under which an area is drawn as a dot.
const tinyPx = 3.0

// simplifyPx is how far, in image pixels, a vertex must be from the last
// one kept to be drawn: the cheap per-zoom simplification. At one pixel the
// drawing is indistinguishable from the full geometry.
const simplifyPx = 1.0

// pixels converts a world ring to image pixels, dropping vertices closer
// than simplifyPx to the last one kept. Given the owners of its segments
// (or nil), it also fills b.skip: for each output segment, whether every
// original segment it stands for was already outlined by its owner.
func (b *band) pixels(f frame, ring orb.Ring, owners []int32) orb.Ring {
	out := b.scratch[:0]
	b.skip = b.skip[:0]
	run := true // all original segments since the last kept vertex are drawn
	for i, p := range ring {
		if i > 0 {
			run = run && owners != nil && owners[i-1] >= 0 && b.outlined[owners[i-1]]
		}
		x, y := f.px(p)
		if n := len(out); n > 0 && i < len(ring)-1 {
			last := out[n-1]
			if math.Abs(x-last[0]) < simplifyPx && math.Abs(y-last[1]) < simplifyPx {
				continue
			}
		}
		if len(out) > 0 {
			b.skip = append(b.skip, run)
		}
		run = true
		out = append(out, orb.Point{x, y})
	}
	b.scratch = out
	return orb.Ring(out)
}

// drawPolygons fills, hatches and outlines every visible feature of a layer.
func (b *band) drawPolygons(dst *image.RGBA, f frame, p *projected, st Style) {
	sc := b.r.scale()
	width := st.StrokeWidth * sc
	fill, stroke := b.painters(dst, width+2)
	b.outlined = append(b.outlined[:0], make([]bool, len(p.features))...)
	for i := range p.features {
		pf := &p.features[i]
		if !pf.bound.Intersects(f.world) {
			continue
		}
		if w, h := (pf.bound.Max[0]-pf.bound.Min[0])*f.k, (pf.bound.Max[1]-pf.bound.Min[1])*f.k; w < tinyPx && h < tinyPx {
			// a few pixels across: a dot of its size says as much as an outline
			x, y := f.px(pf.bound.Center())
			stroke.lines.segment(x, y, x, y, math.Max(width/2, math.Max(w, h)/2))
			continue
		}
		var hatchRings []orb.Ring
		for j, poly := range pf.polys {
			for k, ring := range poly {
				var owners []int32
				if pf.owner != nil {
					owners = pf.owner[j][k]
				}
				px := b.pixels(f, ring, owners)
				if st.Fill.A > 0 {
					fill.ring(px)
				}
				if st.Hatch {
					hatchRings = append(hatchRings, append(orb.Ring(nil), px...))
				}
				if width > 0 && st.Stroke.A > 0 {
					stroke.strokeSkipping(px, width, b.skip)
				}
			}
		}
		b.outlined[i] = true
		if len(hatchRings) > 0 {
			hatch(dst, hatchRings, st.Stroke, 8*sc, math.Max(1, sc))
		}
	}
	fill.flush(st.Fill)
	stroke.flush(st.Stroke)
}

// drawSelected highlights one feature over its layer.
func (b *band) drawSelected(dst *image.RGBA, f frame, p *projected, i int, st Style) {
	if i < 0 || i >= len(p.features) {
		return
	}
	pf := &p.features[i]
	sc := b.r.scale()
	if pf.polys == nil {
		x, y := f.px(pf.point)
		rad := (st.PointRadius + 4) * sc
		ring := newPainter(dst, 2)
		ring.stroke(circle(x, y, rad, 24), 3*sc)
		ring.flush(selectStroke)
		return
	}
	fill, stroke := b.painters(dst, 6*sc)
	for _, poly := range pf.polys {
		for _, ring := range poly {
			px := b.pixels(f, ring, nil)
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
func (b *band) drawPoints(dst *image.RGBA, f frame, p *projected, st Style) {
	r := b.r
	radius, width, ring := st.PointRadius, st.StrokeWidth, st.Stroke
	if z := f.v.Zoom; z < 13 { // dense symbols at city scale would hide the map
		radius *= math.Max(0.4, 1-(13-z)*0.15)
		width, ring = 0, st.Fill // and a ring would be thinner than a pixel
	}
	sym := r.sprites.get(st.Fill, ring, radius*r.scale(), width*r.scale())
	half := sym.img.Bounds().Dx() / 2
	bounds := dst.Bounds()
	offs := sym.offsets(dst.Stride)
	for _, i := range p.order {
		x, y := f.px(p.features[i].point)
		ix, iy := int(math.Round(x))-half, int(math.Round(y))-half
		rect := sym.img.Bounds().Add(image.Pt(ix, iy))
		if !rect.Overlaps(bounds) {
			continue
		}
		blitOver(dst, sym, offs, rect)
	}
}

// blitOver composites a sprite onto dst at rect (the sprite's bounds moved
// into place), pixel by visible pixel: what draw.Draw with draw.Over does,
// several times faster for small symbols.
// offs are the sprite's pixel offsets for dst's stride (sprite.offsets).
func blitOver(dst *image.RGBA, sp *sprite, offs []int, rect image.Rectangle) {
	if rect.In(dst.Bounds()) { // the common case: byte offsets, no checks
		base := dst.PixOffset(rect.Min.X, rect.Min.Y)
		pix := dst.Pix[base:]
		for k, off := range offs {
			c := sp.pixels[k].rgba
			d := pix[off : off+4 : off+4]
			if c>>24 != 0xff {
				c = over(c, binary.LittleEndian.Uint32(d))
			}
			binary.LittleEndian.PutUint32(d, c)
		}
		return
	}
	for _, p := range sp.pixels {
		x, y := rect.Min.X+int(p.x), rect.Min.Y+int(p.y)
		if !(image.Point{x, y}).In(dst.Bounds()) {
			continue
		}
		d := dst.Pix[dst.PixOffset(x, y):]
		if p.rgba>>24 == 0xff {
			binary.LittleEndian.PutUint32(d, p.rgba)
			continue
		}
		binary.LittleEndian.PutUint32(d, over(p.rgba, binary.LittleEndian.Uint32(d)))
	}
}

// over composites premultiplied packed src over dst, two channels at a
// time: dst*(255-srcAlpha)/255 + src.
func over(src, dst uint32) uint32 {
	inv := 255 - src>>24
	if inv == 0 {
		return src
	}
	rb := (dst&0x00ff00ff)*inv + 0x00800080
	rb = (rb + (rb>>8)&0x00ff00ff) >> 8 & 0x00ff00ff
	ag := (dst>>8&0x00ff00ff)*inv + 0x00800080
	ag = (ag + (ag>>8)&0x00ff00ff) >> 8 & 0x00ff00ff
	return src + (rb | ag<<8)
}

// div255 divides a product of two bytes by 255, rounding, without a division.
func div255(v uint32) uint8 {
	v += 128
	return uint8((v + v>>8) >> 8)
}
