package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sync"

	"github.com/paulmach/orb"
)

// Renderer draws scenes into images. It caches projected geometry and
// rendered labels between frames, so panning and zooming only redo the
// cheap work. It holds no per-frame settings: each Draw gets its own
// Options. Draw may be called from one goroutine at a time (a lock around
// it guards the caches and strips); Pick is safe at any time.
type Renderer struct {
	Fonts Fonts

	proj    projCache
	labels  labelCache
	sprites spriteCache
	bands   []*band
}

// NewRenderer returns a renderer writing labels in the given fonts.
func NewRenderer(f Fonts) *Renderer {
	return &Renderer{Fonts: f}
}

// Paper is the map's background colour on screen: a warm off-white.
var Paper = color.NRGBA{0xf4, 0xf1, 0xea, 0xff}

// Options are the settings of one Draw.
type Options struct {
	// Scale is the number of image pixels per device-independent pixel
	// (2 on a HiDPI screen); line widths, symbols and labels grow with it.
	// Zero or less means 1.
	Scale float64
	// Background fills the image before anything is drawn; a transparent
	// one (the zero value) leaves what the image holds (a basemap, the
	// paper of a printed page) underneath.
	Background color.NRGBA
	// NoLabels leaves the labels out of Draw, for a caller that draws
	// over the map first and the labels last with DrawLabels (a printed
	// page dims the neighbours without dimming half a word).
	NoLabels bool
	// Reserved are rectangles of the image that labels keep clear of
	// (panels drawn over the map: the north arrow, the scale bar).
	Reserved []image.Rectangle
}

// OnPaper are the options of a plain frame at scale 1 on Paper.
var OnPaper = Options{Scale: 1, Background: Paper}

// Highlight colours for the selected feature.
var (
	selectStroke = color.NRGBA{0xff, 0x8f, 0x00, 0xff}
	selectFill   = color.NRGBA{0xff, 0xeb, 0x3b, 0x66}
)

// frame is the pixel transform of one Draw: world zoom-0 pixels times k,
// minus (ox, oy).
type frame struct {
	k, ox, oy float64
	scale     float64   // image pixels per device-independent pixel
	world     orb.Bound // the view in world zoom-0 pixels
	v         View
}

func newFrame(v View, scale float64) frame {
	k := math.Exp2(v.Zoom)
	cx, cy := worldPixel(v.Center, 0)
	if scale <= 0 {
		scale = 1
	}
	f := frame{k: k, ox: cx*k - float64(v.Width)/2, oy: cy*k - float64(v.Height)/2, v: v, scale: scale}
	f.world = orb.Bound{Min: orb.Point{f.ox / k, f.oy / k}, Max: orb.Point{(f.ox + float64(v.Width)) / k, (f.oy + float64(v.Height)) / k}}
	return f
}

func (f frame) px(p orb.Point) (float64, float64) { return p[0]*f.k - f.ox, p[1]*f.k - f.oy }

// Draw paints the scene into dst as seen through v; dst should be
// v.Width x v.Height pixels with its origin at (0, 0). Areas and symbols
// are drawn in horizontal strips, one per processor, then the labels over
// the whole image.
func (r *Renderer) Draw(dst *image.RGBA, v View, s Scene, o Options) {
	if o.Background.A > 0 {
		draw.Draw(dst, dst.Bounds(), image.NewUniform(o.Background), image.Point{}, draw.Src)
	}
	r.proj.forget(s.Layers)
	for _, dl := range s.Layers {
		r.proj.get(dl.Layer) // project once, before the strips share it
	}
	f := newFrame(v, o.Scale)
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
	if !o.NoLabels {
		r.drawLabels(dst, f, s, o.Reserved)
	}
}

// DrawLabels writes only the scene's labels into dst, placed as Draw
// places them; they stay inside dst's bounds (a sub-image keeps them off
// the edges) and clear of o.Reserved, at o.Scale.
func (r *Renderer) DrawLabels(dst *image.RGBA, v View, s Scene, o Options) {
	r.proj.forget(s.Layers)
	r.drawLabels(dst, newFrame(v, o.Scale), s, o.Reserved)
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

// tinyPx is the size under which an area is drawn as a dot.
const tinyPx = 3.0

// simplifyPx is how far, in image pixels, a vertex must be from the last
// one kept to be drawn: the cheap per-zoom simplification. At one pixel the
// drawing is indistinguishable from the full geometry.
const simplifyPx = 1.0
