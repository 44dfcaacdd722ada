package sheets

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/streets"
	"github.com/khoroomap/khoroomap/geo/words"
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
	o.Lang = string(words.Of(o.Lang))
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
	drawMap(c, l, p, s.Code.Bound, opt, f)
	drawGrid(c, l)
	drawNotes(c, l, opt.Lang)
	drawLegend(c, l, opt.Lang)
	drawTitle(c, l, s, opt.Lang)
	drawMarkers(c, l)
	if err := drawQR(c, l, s.Code.String()); err != nil {
		return nil, err
	}
	return c.image(), nil
}

// drawMap renders into the map frame what the project maps, lightened
// by the options' wash so that pen shows over it: the basemap when the
// project has one, its street map, the boundaries and the annotations
// already mapped.
func drawMap(c *canvas, l Layout, p *printmap.Project, b orb.Bound, opt Options, f render.Fonts) {
	r := c.pixelRect(l.mapBox)
	m := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(m, m.Bounds(), image.NewUniform(render.Paper), image.Point{}, draw.Src)
	v := viewOf(b, r.Dx(), r.Dy())
	drawUnder(m, v, p, opt.Lang, f)
	scene := render.Scene{Layers: p.Layers, Selected: render.None}
	for _, al := range mapstyle.Annotations(p.Annotations, opt.Lang, nil) {
		scene.Layers = append(scene.Layers, al.Draw)
	}
	render.NewRenderer(f).Draw(m, v, scene, render.Options{Scale: 1}) // transparent: keeps what is under
	for i := range m.Pix {
		m.Pix[i] = uint8(float64(m.Pix[i]) + (255-float64(m.Pix[i]))*opt.Wash)
	}
	draw.Draw(c.image(), r, m, image.Point{}, draw.Src)
}

// drawUnder draws the project's basemap and street map, when it has them.
func drawUnder(m *image.RGBA, v render.View, p *printmap.Project, lang string, f render.Fonts) {
	if p.Basemap != nil {
		cache := p.Cache
		if cache == nil {
			cache = basemap.NewCache(64)
		}
		opacity := p.BasemapOpacity
		if opacity <= 0 {
			opacity = 1
		}
		basemap.Draw(m, v, p.Basemap, cache, basemap.Options{Opacity: opacity, Smooth: true})
	}
	if p.Streets != nil {
		streets.NewPainter(f, lang).Draw(m, v, p.Streets)
	}
}

// pixelRect is the whole-pixel rectangle of r on the canvas.
func (c *canvas) pixelRect(r rect) image.Rectangle {
	return image.Rect(int(r.x*c.px+0.5), int(r.y*c.px+0.5), int((r.x+r.w)*c.px+0.5), int((r.y+r.h)*c.px+0.5))
}

// bilinear samples img at (x, y) in pixel-centre coordinates, clamped to
// its edges.
func bilinear(img *image.RGBA, x, y float64) color.RGBA {
	b := img.Rect
	x = math.Max(0, math.Min(x, float64(b.Dx()-1)))
	y = math.Max(0, math.Min(y, float64(b.Dy()-1)))
	x0, y0 := int(x), int(y)
	x1, y1 := min(x0+1, b.Dx()-1), min(y0+1, b.Dy()-1)
	fx, fy := x-float64(x0), y-float64(y0)
	var out [4]uint8
	for c := range 4 {
		p := func(x, y int) float64 { return float64(img.Pix[y*img.Stride+x*4+c]) }
		top := p(x0, y0)*(1-fx) + p(x1, y0)*fx
		bot := p(x0, y1)*(1-fx) + p(x1, y1)*fx
		out[c] = uint8(top*(1-fy) + bot*fy + 0.5)
	}
	return color.RGBA{out[0], out[1], out[2], out[3]}
}
