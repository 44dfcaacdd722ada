package sheets

import (
	"math"

	"github.com/khoroomap/khoroomap/geo/words"
)

// penSymbol is a mark the legend asks people to draw with a pen.
type penSymbol struct {
	key  string // the English wording of its label
	draw func(c *canvas, x, y, r float64)
}

// penSymbols are the legend's marks, in the order printed.
var penSymbols = []penSymbol{
	{"Water kiosk", func(c *canvas, x, y, r float64) {
		c.dc.SetColor(ink)
		c.dc.SetLineWidth(0.4 * c.px)
		c.dc.DrawCircle(x*c.px, y*c.px, r*c.px)
		c.dc.Stroke()
	}},
	{"Gap, missing", func(c *canvas, x, y, r float64) {
		c.line(x-r, y-r, x+r, y+r, ink, 0.5)
		c.line(x-r, y+r, x+r, y-r, ink, 0.5)
	}},
	{"Unsafe place", func(c *canvas, x, y, r float64) {
		h := r * math.Sqrt(3) / 2
		c.line(x, y-r, x-r, y+h, ink, 0.4)
		c.line(x-r, y+h, x+r, y+h, ink, 0.4)
		c.line(x+r, y+h, x, y-r, ink, 0.4)
	}},
	{"School, kindergarten", func(c *canvas, x, y, r float64) { c.stroke(rect{x - r, y - r, 2 * r, 2 * r}, ink, 0.4) }},
	{"Street light", func(c *canvas, x, y, r float64) {
		c.line(x, y-r, x, y+r, ink, 0.4)
		c.line(x-r, y-r, x+r, y-r, ink, 0.4)
	}},
	{"Problem area", func(c *canvas, x, y, r float64) {
		c.dc.SetDash(0.8*c.px, 0.6*c.px)
		c.stroke(rect{x - r, y - r*0.7, 2 * r, 1.4 * r}, ink, 0.3)
		c.dc.SetDash()
	}},
}

// word returns a sheet's fixed text, keyed by its English wording, in
// lang (see words.Of).
func word(text, lang string) string { return words.Of(lang).T(text) }
