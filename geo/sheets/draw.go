package sheets

import (
	"image"
	"image/color"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"github.com/khoroomap/khoroomap/geo/render"
)

var (
	ink   = color.NRGBA{0, 0, 0, 255}
	grey  = color.NRGBA{110, 110, 110, 255}
	faint = color.NRGBA{170, 170, 170, 255}
)

// canvas draws on a page image in millimetres.
type canvas struct {
	dc    *gg.Context
	px    float64 // pixels per millimetre
	fonts render.Fonts
	dpi   float64
}

func newCanvas(l Layout, dpi float64, f render.Fonts) *canvas {
	px := dpi / 25.4
	dc := gg.NewContext(int(l.W*px+0.5), int(l.H*px+0.5))
	dc.SetColor(color.White)
	dc.Clear()
	return &canvas{dc: dc, px: px, fonts: f, dpi: dpi}
}

func (c *canvas) image() *image.RGBA { return c.dc.Image().(*image.RGBA) }

func (c *canvas) fill(r rect, col color.NRGBA) {
	c.dc.SetColor(col)
	c.dc.DrawRectangle(r.x*c.px, r.y*c.px, r.w*c.px, r.h*c.px)
	c.dc.Fill()
}

func (c *canvas) stroke(r rect, col color.NRGBA, width float64) {
	c.dc.SetColor(col)
	c.dc.SetLineWidth(width * c.px)
	c.dc.DrawRectangle(r.x*c.px, r.y*c.px, r.w*c.px, r.h*c.px)
	c.dc.Stroke()
}

func (c *canvas) line(x1, y1, x2, y2 float64, col color.NRGBA, width float64) {
	c.dc.SetColor(col)
	c.dc.SetLineWidth(width * c.px)
	c.dc.DrawLine(x1*c.px, y1*c.px, x2*c.px, y2*c.px)
	c.dc.Stroke()
}

// text writes s with its anchor (ax, ay in 0..1 of its box) at x, y mm;
// size is in points.
func (c *canvas) text(s string, x, y, ax, ay, size float64, bold bool, col color.NRGBA) {
	f := c.fonts.Regular
	if bold {
		f = c.fonts.Bold
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: c.dpi, Hinting: font.HintingNone})
	if err != nil {
		return // a parsed font always makes a face
	}
	defer face.Close()
	c.dc.SetFontFace(face)
	c.dc.SetColor(col)
	c.dc.DrawStringAnchored(s, x*c.px, y*c.px, ax, ay)
}
