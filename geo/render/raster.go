package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"golang.org/x/image/vector"
)

// painter turns rings and lines in image pixels into anti-aliased fills
// and strokes on one image. Shapes of one colour are gathered in one
// rasterizer and drawn in a single pass over the rectangle they cover.
// It is not safe for concurrent use.
type painter struct {
	dst   *image.RGBA
	mask  *image.Alpha // scratch coverage, shared by the painters of a Renderer
	z     vector.Rasterizer
	clipB orb.Bound // rings are clipped to this padded image bound
	any   bool
	box   [4]float64 // min x, min y, max x, max y of what was added
	// path holds what was added, as (x, y) pairs with NaN x starting a new
	// closed subpath; it is replayed into a rasterizer just the size of box.
	path []float64
	// lines holds strokes, which are drawn apart from the path.
	lines lineMask
	// clipScratch is where rings are clipped, leaving the caller's intact.
	clipScratch orb.Ring
}

func newPainter(dst *image.RGBA, pad float64) *painter {
	p := &painter{}
	p.begin(dst, nil, pad)
	return p
}

// begin readies the painter for a new image (or the same one); mask may be
// nil, in which case one is made when needed.
func (p *painter) begin(dst *image.RGBA, mask *image.Alpha, pad float64) {
	b := dst.Bounds()
	p.dst, p.any = dst, false
	if mask == nil || mask.Bounds() != b {
		mask = image.NewAlpha(b)
	}
	p.mask = mask
	p.clipB = orb.Bound{Min: orb.Point{-pad, -pad}, Max: orb.Point{float64(b.Dx()) + pad, float64(b.Dy()) + pad}}
	p.lines.reset(b.Dx(), b.Dy())
}

// moveTo and lineTo feed the rasterizer, resetting it lazily and keeping
// track of the covered rectangle.
func (p *painter) moveTo(x, y float64) {
	if !p.any {
		p.box = [4]float64{x, y, x, y}
		p.path = p.path[:0]
		p.any = true
	}
	p.grow(x, y)
	p.path = append(p.path, math.NaN(), 0, x, y)
}

func (p *painter) lineTo(x, y float64) {
	p.grow(x, y)
	p.path = append(p.path, x, y)
}

func (p *painter) grow(x, y float64) {
	p.box[0], p.box[1] = math.Min(p.box[0], x), math.Min(p.box[1], y)
	p.box[2], p.box[3] = math.Max(p.box[2], x), math.Max(p.box[3], y)
}

// ring adds a closed ring to the path, clipped to the image.
func (p *painter) ring(r orb.Ring) {
	if len(r) < 3 {
		return
	}
	rb := r.Bound()
	if !rb.Intersects(p.clipB) {
		return
	}
	if !p.clipB.Contains(rb.Min) || !p.clipB.Contains(rb.Max) {
		// clip.Ring works in place: clip a copy, the caller strokes r next
		p.clipScratch = append(p.clipScratch[:0], r...)
		r = clip.Ring(p.clipB, p.clipScratch)
		if len(r) < 3 {
			return
		}
	}
	p.moveTo(r[0][0], r[0][1])
	for _, q := range r[1:] {
		p.lineTo(q[0], q[1])
	}
}

// stroke adds a polyline of the given width, with round joins and caps.
func (p *painter) stroke(line []orb.Point, width float64) {
	p.strokeSkipping(line, width, nil)
}

// strokeSkipping strokes a polyline but for the segments marked in skip
// (one per segment; nil skips none).
func (p *painter) strokeSkipping(line []orb.Point, width float64, skip []bool) {
	h := width / 2
	for i := 0; i+1 < len(line); i++ {
		if i < len(skip) && skip[i] {
			continue
		}
		a, b := line[i], line[i+1]
		if !p.segmentVisible(a, b, h) {
			continue
		}
		a, b = p.clipSegment(a, b, h)
		p.lines.segment(a[0], a[1], b[0], b[1], h)
	}
}

func (p *painter) segmentVisible(a, b orb.Point, pad float64) bool {
	sb := orb.Bound{Min: orb.Point{math.Min(a[0], b[0]) - pad, math.Min(a[1], b[1]) - pad},
		Max: orb.Point{math.Max(a[0], b[0]) + pad, math.Max(a[1], b[1]) + pad}}
	return sb.Intersects(p.clipB)
}

// clipSegment shortens a segment that reaches far outside the image.
func (p *painter) clipSegment(a, b orb.Point, pad float64) (orb.Point, orb.Point) {
	if p.clipB.Contains(a) && p.clipB.Contains(b) {
		return a, b
	}
	ls := clip.LineString(p.clipB.Pad(pad), orb.LineString{a, b})
	if len(ls) == 0 || len(ls[0]) < 2 {
		return a, a
	}
	return ls[0][0], ls[0][len(ls[0])-1]
}

// flush draws everything gathered so far in colour c and starts afresh.
func (p *painter) flush(c color.NRGBA) {
	if !p.lines.empty() {
		if c.A > 0 {
			p.lines.flush(p.dst, c)
		} else {
			p.lines.flush(p.dst, color.NRGBA{}) // still clears the mask
		}
	}
	if !p.any {
		return
	}
	p.any = false
	if c.A == 0 {
		return
	}
	r := image.Rect(int(math.Floor(p.box[0]))-1, int(math.Floor(p.box[1]))-1,
		int(math.Ceil(p.box[2]))+1, int(math.Ceil(p.box[3]))+1).Intersect(p.dst.Bounds())
	if r.Empty() {
		return
	}
	p.rasterize(r)
	p.z.Draw(p.mask, r, image.Opaque, image.Point{})
	blendMask(p.dst, p.mask, r, c)
}

// rasterize replays the path into a rasterizer covering just r; Draw then
// maps the rasterizer's origin to r.Min.
func (p *painter) rasterize(r image.Rectangle) {
	p.z.Reset(r.Dx(), r.Dy())
	p.z.DrawOp = draw.Src
	ox, oy := float64(r.Min.X), float64(r.Min.Y)
	open := false
	for i := 0; i+1 < len(p.path); i += 2 {
		if math.IsNaN(p.path[i]) {
			if open {
				p.z.ClosePath()
			}
			i += 2
			p.z.MoveTo(float32(p.path[i]-ox), float32(p.path[i+1]-oy))
			open = true
			continue
		}
		p.z.LineTo(float32(p.path[i]-ox), float32(p.path[i+1]-oy))
	}
	if open {
		p.z.ClosePath()
	}
}

// blendMask paints colour c over dst through the coverage in mask, within
// r, skipping uncovered pixels. dst is alpha-premultiplied; c is not.
func blendMask(dst *image.RGBA, mask *image.Alpha, r image.Rectangle, c color.NRGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		mrow := mask.Pix[mask.PixOffset(r.Min.X, y):mask.PixOffset(r.Max.X, y)]
		drow := dst.Pix[dst.PixOffset(r.Min.X, y):dst.PixOffset(r.Max.X, y)]
		for i, m := range mrow {
			switch {
			case m == 0:
			case m == 255 && c.A == 255: // fully covered, opaque: no blending
				drow[4*i], drow[4*i+1], drow[4*i+2], drow[4*i+3] = c.R, c.G, c.B, 255
			default:
				blendPixel(drow[4*i:4*i+4:4*i+4], m, c)
			}
		}
	}
}

// blendPixel paints colour c at coverage m over one premultiplied RGBA pixel.
func blendPixel(d []uint8, m uint8, c color.NRGBA) {
	a := uint32(m) * uint32(c.A) / 255 // source alpha, 0..255
	inv := 255 - a
	d[0] = uint8((uint32(c.R)*a + uint32(d[0])*inv) / 255)
	d[1] = uint8((uint32(c.G)*a + uint32(d[1])*inv) / 255)
	d[2] = uint8((uint32(c.B)*a + uint32(d[2])*inv) / 255)
	d[3] = uint8(a + uint32(d[3])*inv/255)
}

// hatch strokes diagonal lines across the bound of a pixel ring, clipped to
// the ring by drawing through a mask.
func hatch(dst *image.RGBA, rings []orb.Ring, c color.NRGBA, spacing, width float64) {
	if len(rings) == 0 {
		return
	}
	var b orb.Bound
	for i, r := range rings {
		if i == 0 {
			b = r.Bound()
		} else {
			b = b.Union(r.Bound())
		}
	}
	img := dst.Bounds()
	rect := image.Rect(int(b.Min[0])-1, int(b.Min[1])-1, int(b.Max[0])+2, int(b.Max[1])+2).Intersect(img)
	if rect.Empty() {
		return
	}
	mask := image.NewAlpha(img)
	mp := newPainter(dst, 2)
	for _, r := range rings {
		mp.ring(r)
	}
	mp.rasterize(rect)
	mp.z.Draw(mask, rect, image.Opaque, image.Point{})
	lines := image.NewRGBA(img)
	lp := newPainter(lines, width)
	for x := float64(rect.Min.X) - float64(rect.Dy()); x < float64(rect.Max.X); x += spacing {
		lp.stroke([]orb.Point{{x, float64(rect.Max.Y)}, {x + float64(rect.Dy()), float64(rect.Min.Y)}}, width)
	}
	lp.flush(color.NRGBA{c.R, c.G, c.B, 0xff})
	draw.DrawMask(dst, rect, image.NewUniform(c), image.Point{}, &alphaProduct{lines, mask}, rect.Min, draw.Over)
}

// alphaProduct is a mask that is the product of an image's alpha and a mask.
type alphaProduct struct {
	a *image.RGBA
	m *image.Alpha
}

func (ap *alphaProduct) ColorModel() color.Model { return color.AlphaModel }
func (ap *alphaProduct) Bounds() image.Rectangle { return ap.m.Bounds() }
func (ap *alphaProduct) At(x, y int) color.Color {
	return color.Alpha{uint8(uint16(ap.a.RGBAAt(x, y).A) * uint16(ap.m.AlphaAt(x, y).A) / 255)}
}
