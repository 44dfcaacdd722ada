package render

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
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

// dilate grows a mask by r pixels in every direction (a disc).
func dilate(src *image.Alpha, r int) *image.Alpha {
	b := src.Bounds()
	dst := image.NewAlpha(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			var m uint8
			for dy := -r; dy <= r && m < 255; dy++ {
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
