package streets

import (
	"image"
	"math"
	"sync"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

// Painter draws a Set into views. It keeps scratch buffers and rendered
// labels between frames; Draw may be called from one goroutine at a time.
type Painter struct {
	Fonts render.Fonts
	// Scale is image pixels per device-independent pixel (2 on HiDPI, about
	// 3 for 300 dpi print); labels and minimum widths grow with it.
	Scale float64
	// Lang picks the names written: "mn" or "en".
	Lang string

	mu      sync.Mutex
	layer   *image.RGBA // the street layer of the last view, premultiplied
	key     layerKey
	pen     *render.Pen
	ids     []int32
	seen    []uint64
	line    []orb.Point
	labels  labelCache
	claimed []image.Rectangle
	placed  map[string][]orb.Point // street labels of this frame, by name
}

// NewPainter returns a painter writing labels in fonts f, in language lang.
func NewPainter(f render.Fonts, lang string) *Painter {
	return &Painter{Fonts: f, Scale: 1, Lang: lang}
}

// Draw paints the street map s into dst (v.Width x v.Height, origin at 0,
// 0) over what dst holds: areas, then casings, then road fills, then
// labels. The street layer of the last view is kept, so redrawing the
// same view (the boundaries or annotations above it changed) only
// composites it. A nil set draws nothing.
func (pt *Painter) Draw(dst *image.RGBA, v render.View, s *Set) {
	if s == nil || s.Len() == 0 {
		return
	}
	pt.mu.Lock()
	defer pt.mu.Unlock()
	if pt.Scale <= 0 {
		pt.Scale = 1
	}
	k := layerKey{v, s, pt.Scale, pt.Lang}
	if pt.layer == nil || pt.layer.Bounds() != dst.Bounds() {
		pt.layer, pt.key = image.NewRGBA(dst.Bounds()), layerKey{}
	}
	if pt.key != k {
		clear(pt.layer.Pix)
		pt.paint(pt.layer, v, s)
		pt.key = k
	}
	over(dst, pt.layer)
}

// layerKey is what the kept street layer was drawn for.
type layerKey struct {
	v     render.View
	s     *Set
	scale float64
	lang  string
}

// paint draws the street map into dst.
func (pt *Painter) paint(dst *image.RGBA, v render.View, s *Set) {
	if len(pt.seen) < (s.Len()+63)/64 {
		pt.seen = make([]uint64, (s.Len()+63)/64)
	}
	wb := v.WorldBound()
	pad := 64 / (float64(v.Width) / (wb.Max[0] - wb.Min[0]))
	pt.ids = s.grid.query(pt.ids[:0], wb.Pad(pad), s.box, pt.seen)
	if pt.pen == nil {
		pt.pen = render.NewPen(dst, 8)
	}
	pen := pt.pen
	pen.Begin(dst, 8)
	fr := newFrame(v, pt.Scale)
	pt.areas(pen, fr, s)
	pt.lines(pen, fr, s, true)
	pt.lines(pen, fr, s, false)
	pt.drawLabels(dst, fr, s)
}

// frame is the transform of one Draw.
type frame struct {
	k, ox, oy float64
	zoom, mpp float64 // zoom at screen scale; mpp: ground metres per image pixel
	w, h      int
}

func newFrame(v render.View, scale float64) frame {
	k, ox, oy := v.Transform()
	// what shows depends on the zoom as seen on screen: a 300 dpi page is
	// drawn at a deeper zoom but shows what the screen shows
	zoom := v.Zoom - math.Log2(scale)
	return frame{k: k, ox: ox, oy: oy, zoom: zoom, mpp: v.MetresPerPixel(), w: v.Width, h: v.Height}
}

// pixels appends feature i's vertices in image pixels to dst[:0].
func (f frame) pixels(dst []orb.Point, s *Set, i int32) []orb.Point {
	dst = dst[:0]
	for _, p := range s.shape(int(i)) {
		dst = append(dst, orb.Point{p[0]*f.k - f.ox, p[1]*f.k - f.oy})
	}
	return dst
}

// areas fills parks, water and buildings, class by class.
func (pt *Painter) areas(pen *render.Pen, f frame, s *Set) {
	run(pt.ids, s, func(c Class, ids []int32) {
		lk := lookOf(c)
		if lk.fill.A == 0 || !lk.visible(f.zoom) {
			return
		}
		for _, i := range ids {
			pt.line = f.pixels(pt.line, s, i)
			pen.Ring(pt.line)
		}
		pen.Flush(lk.fill)
		if lk.line.A > 0 && f.zoom >= 17 {
			for _, i := range ids {
				pt.line = f.pixels(pt.line, s, i)
				pen.Line(pt.line, 0.8*pt.Scale)
			}
			pen.Flush(lk.line)
		}
	})
}

// lines strokes every line class: the casings first (under all fills,
// so crossings join), then the lines themselves.
func (pt *Painter) lines(pen *render.Pen, f frame, s *Set, casing bool) {
	run(pt.ids, s, func(c Class, ids []int32) {
		lk := lookOf(c)
		if lk.fill.A > 0 || !lk.visible(f.zoom) || (casing && lk.casing.A == 0) {
			return
		}
		w := lk.width(f.mpp, pt.Scale)
		col := lk.line
		if casing {
			w, col = w+4*pt.Scale, lk.casing
		}
		for _, i := range ids {
			pt.line = f.pixels(pt.line, s, i)
			pen.Line(pt.line, w)
		}
		pen.Flush(col)
	})
}

// run calls fn with each run of ids of one class (ids ascending, so
// classes come in drawing order).
func run(ids []int32, s *Set, fn func(Class, []int32)) {
	for start := 0; start < len(ids); {
		c := s.Features[ids[start]].Class
		end := start + 1
		for end < len(ids) && s.Features[ids[end]].Class == c {
			end++
		}
		fn(c, ids[start:end])
		start = end
	}
}
