package sheets

import (
	"image"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
)

// Overview draws the page that comes before a set of sheets: the map of
// all of them, each sheet's frame outlined and marked with its page id.
func Overview(p *printmap.Project, sheets []Sheet, title string, opt Options, f render.Fonts) (*image.RGBA, error) {
	if err := opt.validate(); err != nil {
		return nil, err
	}
	l, _ := NewLayout(opt.Paper)
	c := newCanvas(l, float64(opt.DPI), f)
	all := sheets[0].Code.Bound
	for _, s := range sheets[1:] {
		all = all.Union(s.Code.Bound)
	}
	b := frameBound(all, l.mapBox.w, l.mapBox.h, 0.02)
	half := opt
	half.Wash /= 2
	drawMap(c, l, p, b, half, f)
	v := viewOf(b, c.pixelRect(l.mapBox).Dx(), c.pixelRect(l.mapBox).Dy())
	for _, s := range sheets {
		outline(c, l, v, s)
	}
	c.stroke(l.mapBox, ink, 0.5*l.k)
	c.text(title, 20*l.k, 10*l.k, 0, 0.35, 13*l.k, true, ink)
	c.text(word("Where the sheets are", opt.Lang), 190*l.k, 10*l.k, 1, 0.35, 11*l.k, false, grey)
	return c.image(), nil
}

// outline draws sheet s's frame on the overview map (view v, pixels
// from the map frame's corner) with its page id in the middle.
func outline(c *canvas, l Layout, v render.View, s Sheet) {
	x0, y0 := v.Pixel(orb.Point{s.Code.Bound.Min[0], s.Code.Bound.Max[1]})
	x1, y1 := v.Pixel(orb.Point{s.Code.Bound.Max[0], s.Code.Bound.Min[1]})
	r := rect{l.mapBox.x + x0/c.px, l.mapBox.y + y0/c.px, (x1 - x0) / c.px, (y1 - y0) / c.px}
	c.stroke(r, ink, 0.4*l.k)
	c.text(s.Code.Page, r.x+r.w/2, r.y+r.h/2, 0.5, 0.35, 12*l.k, true, ink)
}
