package render

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Fonts holds the typefaces labels are written in. Both must cover
// Cyrillic, Ө and Ү included (Noto Sans does; Go's own fonts do not).
type Fonts struct {
	Regular, Bold *opentype.Font
}

// ParseFonts reads TrueType or OpenType font files.
func ParseFonts(regular, bold []byte) (Fonts, error) {
	r, err := opentype.Parse(regular)
	if err != nil {
		return Fonts{}, fmt.Errorf("render: regular font: %w", err)
	}
	b, err := opentype.Parse(bold)
	if err != nil {
		return Fonts{}, fmt.Errorf("render: bold font: %w", err)
	}
	return Fonts{Regular: r, Bold: b}, nil
}

// label is a rendered name: a text mask and a halo mask around it.
type label struct {
	text, halo *image.Alpha
	// ox, oy is where the text's centre sits inside the masks.
	ox, oy int
}

// labelKey identifies a rendered label.
type labelKey struct {
	text string
	size float64
	bold bool
}

// labelCache keeps rendered labels; bounded, safe for concurrent use.
type labelCache struct {
	mu    sync.Mutex
	m     map[labelKey]*label
	faces map[labelKey]font.Face
}

// maxLabels bounds the cache; past it, the cache starts over.
const maxLabels = 4096

func (c *labelCache) face(f Fonts, size float64, bold bool) font.Face {
	k := labelKey{size: size, bold: bold}
	if fc, ok := c.faces[k]; ok {
		return fc
	}
	tf := f.Regular
	if bold {
		tf = f.Bold
	}
	fc, err := opentype.NewFace(tf, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	if c.faces == nil {
		c.faces = map[labelKey]font.Face{}
	}
	c.faces[k] = fc
	return fc
}

// get returns the label for text, rendering it on first use.
func (c *labelCache) get(f Fonts, text string, size float64, bold bool) *label {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := labelKey{text, size, bold}
	if l, ok := c.m[k]; ok {
		return l
	}
	if c.m == nil || len(c.m) >= maxLabels {
		c.m = map[labelKey]*label{}
	}
	fc := c.face(f, size, bold)
	if fc == nil {
		return nil
	}
	l := renderLabel(fc, text, size)
	c.m[k] = l
	return l
}

// haloRadius is the width of the white outline around label text, in pixels.
const haloRadius = 2

func renderLabel(fc font.Face, text string, size float64) *label {
	d := &font.Drawer{Face: fc}
	w := d.MeasureString(text).Ceil()
	m := fc.Metrics()
	asc, desc := m.Ascent.Ceil(), m.Descent.Ceil()
	pad := haloRadius + 1
	r := image.Rect(0, 0, w+2*pad, asc+desc+2*pad)
	txt := image.NewAlpha(r)
	d.Dst, d.Src = txt, image.Opaque
	d.Dot = fixed.P(pad, pad+asc)
	d.DrawString(text)
	return &label{text: txt, halo: dilate(txt, haloRadius), ox: r.Dx() / 2, oy: pad + (asc+desc)/2}
}

// dilate grows a mask by r pixels in every direction (a disc). It first
// takes, for every half-width w up to r, the maximum over each row's
// window [x-w, x+w]; each output pixel is then the maximum over the rows
// dy of the window as wide as the disc is at dy: about 3r steps per pixel
// instead of r².
func dilate(src *image.Alpha, r int) *image.Alpha {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	dst := image.NewAlpha(b)
	if w == 0 || h == 0 {
		return dst
	}
	at := func(x, y int) uint8 { return src.Pix[y*src.Stride+x] }
	rows := make([][]uint8, r+1) // rows[k]: the row-window maxima of half-width k
	rows[0] = make([]uint8, w*h)
	for y := 0; y < h; y++ {
		copy(rows[0][y*w:(y+1)*w], src.Pix[y*src.Stride:y*src.Stride+w])
	}
	for k := 1; k <= r; k++ {
		prev, cur := rows[k-1], make([]uint8, w*h)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				m := prev[y*w+x]
				if x-k >= 0 {
					m = max(m, at(x-k, y))
				}
				if x+k < w {
					m = max(m, at(x+k, y))
				}
				cur[y*w+x] = m
			}
		}
		rows[k] = cur
	}
	half := make([]int, 2*r+1) // the disc's half-width at each dy
	for dy := -r; dy <= r; dy++ {
		half[dy+r] = int(math.Sqrt(float64(r*r + 1 - dy*dy)))
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var m uint8
			for dy := -r; dy <= r && m < 255; dy++ {
				if yy := y + dy; yy >= 0 && yy < h {
					m = max(m, rows[min(half[dy+r], r)][yy*w+x])
				}
			}
			dst.Pix[y*dst.Stride+x] = m
		}
	}
	return dst
}

// dilateNaive is dilate the direct way, for tests.
func dilateNaive(src *image.Alpha, r int) *image.Alpha {
	b := src.Bounds()
	dst := image.NewAlpha(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			var m uint8
			for dy := -r; dy <= r; dy++ {
				for dx := -r; dx <= r; dx++ {
					if dx*dx+dy*dy > r*r+1 {
						continue
					}
					if a := src.AlphaAt(x+dx, y+dy).A; a > m {
						m = a
					}
				}
			}
			dst.SetAlpha(x, y, color.Alpha{m})
		}
	}
	return dst
}

// rect is the label's pixel rectangle when centred at (x, y).
func (l *label) rect(x, y int) image.Rectangle {
	return l.text.Bounds().Add(image.Pt(x-l.ox, y-l.oy))
}

// draw paints the label centred at (x, y): halo, then text.
func (l *label) draw(dst *image.RGBA, x, y int, c color.NRGBA) {
	r := l.rect(x, y)
	draw.DrawMask(dst, r, image.NewUniform(color.NRGBA{255, 255, 255, 230}), image.Point{}, l.halo, image.Point{}, draw.Over)
	draw.DrawMask(dst, r, image.NewUniform(c), image.Point{}, l.text, image.Point{}, draw.Over)
}

// placer keeps labels from overlapping each other and, where it can, the
// point symbols: the first to claim a place keeps it.
type placer struct {
	taken   []image.Rectangle // placed labels
	symbols []image.Rectangle // point symbols to keep clear of
	bound   image.Rectangle
}

// claim reserves r if it is inside the image and free of labels and, when
// avoidSymbols is set, of symbols.
func (p *placer) claim(r image.Rectangle, avoidSymbols bool) bool {
	if !r.In(p.bound) || overlapsAny(r, p.taken) || (avoidSymbols && overlapsAny(r, p.symbols)) {
		return false
	}
	p.taken = append(p.taken, r.Inset(-2))
	return true
}

func overlapsAny(r image.Rectangle, rects []image.Rectangle) bool {
	for _, t := range rects {
		if t.Overlaps(r) {
			return true
		}
	}
	return false
}
