package sheets

import (
	"fmt"
	"image"
	"image/draw"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
)

// Sheet is one page to print: its code (project, page id and the corners
// of what its map frame shows) and the title printed on it.
type Sheet struct {
	Code  Code
	Title string
}

// Options say how sheets are printed.
type Options struct {
	// Paper is "A4" (default) or "A3"; DPI is 150 (default) or 300.
	Paper string
	DPI   int
	// Lang is "mn" (default) or "en".
	Lang string
	// Wash is how much the map is lightened towards white, 0 to 1, so that
	// pen marks stand out; 0 means the default 0.55.
	Wash float64
}

func (o *Options) validate() error {
	if o.DPI == 0 {
		o.DPI = 150
	}
	if o.DPI != 150 && o.DPI != 300 {
		return fmt.Errorf("sheets: %d dpi: choose 150 or 300", o.DPI)
	}
	if o.Lang != "en" {
		o.Lang = "mn"
	}
	if o.Wash <= 0 || o.Wash > 1 {
		o.Wash = 0.55
	}
	_, err := NewLayout(o.Paper)
	return err
}

// Draw draws sheet s of project p as a page image at the options' DPI.
func Draw(p *printmap.Project, s Sheet, opt Options, f render.Fonts) (*image.RGBA, error) {
	if err := opt.validate(); err != nil {
		return nil, err
	}
	l, _ := NewLayout(opt.Paper)
	c := newCanvas(l, float64(opt.DPI), f)
	drawMap(c, l, p, s.Code.Bound, opt.Wash, f)
	drawGrid(c, l)
	drawNotes(c, l, opt.Lang)
	drawLegend(c, l, opt.Lang)
	drawTitle(c, l, s, opt.Lang)
	drawMarkers(c, l)
	if err := drawQR(c, l.qr, s.Code.String()); err != nil {
		return nil, err
	}
	return c.image(), nil
}

// drawMap renders the boundaries into the map frame, lightened by wash.
func drawMap(c *canvas, l Layout, p *printmap.Project, b orb.Bound, wash float64, f render.Fonts) {
	r := c.pixelRect(l.mapBox)
	m := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(m, m.Bounds(), image.White, image.Point{}, draw.Src)
	v := viewOf(b, r.Dx(), r.Dy())
	render.NewRenderer(f).Draw(m, v, render.Scene{Layers: p.Layers, Selected: render.None})
	for i := range m.Pix {
		m.Pix[i] = uint8(float64(m.Pix[i]) + (255-float64(m.Pix[i]))*wash)
	}
	draw.Draw(c.image(), r, m, image.Point{}, draw.Src)
}

// pixelRect is the whole-pixel rectangle of r on the canvas.
func (c *canvas) pixelRect(r rect) image.Rectangle {
	return image.Rect(int(r.x*c.px+0.5), int(r.y*c.px+0.5), int((r.x+r.w)*c.px+0.5), int((r.y+r.h)*c.px+0.5))
}
