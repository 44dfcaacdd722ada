package streets

import (
	"image"
	"math"
	"runtime"
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
	// Bands is how many horizontal bands of the image are drawn at once,
	// each on its own goroutine; 0 means one per processor (at most 4).
	// The picture is the same whatever the number.
	Bands int

	mu      sync.Mutex
	layer   *image.RGBA // the street layer of the last view, premultiplied
	key     layerKey
	bands   []band
	ids     []int32
	seen    []uint64
	line    []orb.Point
	cum     []float64 // distances along line, for names along bends
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
	pt.composite(dst)
}

// composite puts the kept street layer over dst, band by band at the
// same time.
func (pt *Painter) composite(dst *image.RGBA) {
	h := pt.layer.Rect.Dy()
	n := pt.bandCount(h)
	var wg sync.WaitGroup
	for b := 1; b < n; b++ {
		y0, y1 := h*b/n, h*(b+1)/n
		wg.Add(1)
		go func() {
			defer wg.Done()
			over(rows(dst, y0, y1), rows(pt.layer, y0, y1))
		}()
	}
	over(rows(dst, 0, h/n), rows(pt.layer, 0, h/n))
	wg.Wait()
}

// layerKey is what the kept street layer was drawn for.
type layerKey struct {
	v     render.View
	s     *Set
	scale float64
	lang  string
}

// paint draws the street map into dst: the shapes band by band, at the
// same time, then the labels over the whole image.
func (pt *Painter) paint(dst *image.RGBA, v render.View, s *Set) {
	fr := newFrame(v, pt.Scale)
	n := pt.bandCount(v.Height)
	for len(pt.bands) < n {
		pt.bands = append(pt.bands, band{})
	}
	var wg sync.WaitGroup
	for b := n - 1; b >= 0; b-- {
		y0, y1 := v.Height*b/n, v.Height*(b+1)/n
		img, bf := rows(dst, y0, y1), fr.rows(y0, y1)
		bd := &pt.bands[b]
		if b == 0 {
			bd.paint(img, bf, s, pt.Scale)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			bd.paint(img, bf, s, pt.Scale)
		}()
	}
	wg.Wait()
	pt.seen = grow(pt.seen, s.Len())
	pt.ids = s.grid.query(pt.ids[:0], fr.worldBound(), s.box, pt.seen)
	pt.drawLabels(dst, fr, s)
}

// bandCount is how many bands an image h pixels high is drawn in: no band
// under 64 pixels high.
func (pt *Painter) bandCount(h int) int {
	n := pt.Bands
	if n <= 0 {
		n = min(4, runtime.GOMAXPROCS(0))
	}
	return max(1, min(n, h/64))
}

// rows is rows y0 to y1 of img as an image of their own, sharing its
// pixels, with its origin at 0, 0.
func rows(img *image.RGBA, y0, y1 int) *image.RGBA {
	o := img.PixOffset(img.Rect.Min.X, img.Rect.Min.Y+y0)
	return &image.RGBA{Pix: img.Pix[o : o+(y1-y0)*img.Stride], Stride: img.Stride, Rect: image.Rect(0, 0, img.Rect.Dx(), y1-y0)}
}

// grow returns seen with room for one bit per feature of n.
func grow(seen []uint64, n int) []uint64 {
	if len(seen) < (n+63)/64 {
		return make([]uint64, (n+63)/64)
	}
	return seen
}

// band is the scratch of one band's drawing.
type band struct {
	pen  *render.Pen
	ids  []int32
	seen []uint64
	line []orb.Point
}

// paint draws the areas and lines of s falling in frame f into dst.
func (bd *band) paint(dst *image.RGBA, f frame, s *Set, scale float64) {
	bd.seen = grow(bd.seen, s.Len())
	bd.ids = s.grid.query(bd.ids[:0], f.worldBound(), s.box, bd.seen)
	if bd.pen == nil {
		bd.pen = render.NewPen(dst, 8)
	}
	bd.pen.Begin(dst, 8)
	bd.areas(f, s, scale)
	bd.lines(f, s, scale, true)
	bd.lines(f, s, scale, false)
}

// frame is the transform of one Draw.
type frame struct {
	k, ox, oy float64
	zoom, mpp float64 // zoom at screen scale; mpp: ground metres per image pixel
	w, h      int
}

// rows is the frame of rows y0 to y1 of f's image, as an image of their own.
func (f frame) rows(y0, y1 int) frame {
	f.oy += float64(y0)
	f.h = y1 - y0
	return f
}

// worldBound is what the frame shows in WorldPixel coordinates at zoom 0,
// widened by 64 image pixels so that wide lines and labels near the edge
// are drawn.
func (f frame) worldBound() orb.Bound {
	pad := 64.0
	return orb.Bound{Min: orb.Point{(f.ox - pad) / f.k, (f.oy - pad) / f.k},
		Max: orb.Point{(f.ox + float64(f.w) + pad) / f.k, (f.oy + float64(f.h) + pad) / f.k}}
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
func (bd *band) areas(f frame, s *Set, scale float64) {
	pen := bd.pen
	run(bd.ids, s, func(c Class, ids []int32) {
		lk := lookOf(c)
		if lk.fill.A == 0 || !lk.visible(f.zoom) {
			return
		}
		for _, i := range ids {
			bd.line = f.pixels(bd.line, s, i)
			s.rings(i, bd.line, pen.Ring)
		}
		pen.Flush(lk.fill)
		if lk.line.A > 0 && f.zoom >= 17 {
			w := 0.8 * scale
			for _, i := range ids {
				bd.line = f.pixels(bd.line, s, i)
				s.rings(i, bd.line, func(r orb.Ring) { pen.Line(r, w) })
			}
			pen.Flush(lk.line)
		}
	})
}

// lines strokes every line class: the casings first (under all fills,
// so crossings join), then the lines themselves.
func (bd *band) lines(f frame, s *Set, scale float64, casing bool) {
	pen := bd.pen
	run(bd.ids, s, func(c Class, ids []int32) {
		lk := lookOf(c)
		if lk.fill.A > 0 || !lk.visible(f.zoom) || (casing && lk.casing.A == 0) {
			return
		}
		w := lk.width(f.mpp, scale)
		col := lk.line
		if casing {
			w, col = w+4*scale, lk.casing
		}
		for _, i := range ids {
			bd.line = f.pixels(bd.line, s, i)
			pen.Line(bd.line, w)
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
