package sheets

import (
	"image/color"
	"strconv"
)

var white = color.NRGBA{255, 255, 255, 255}

// drawGrid draws the reference grid over the map frame with its letters
// (A–H) above and below and its numbers (1–12) left and right.
func drawGrid(c *canvas, l Layout) {
	f := l.mapBox
	cw, rh := f.w/Columns, f.h/Rows
	size := 9 * l.k
	for i := 0; i <= Columns; i++ {
		x := f.x + float64(i)*cw
		c.line(x, f.y, x, f.y+f.h, grey, 0.25*l.k)
		if i < Columns {
			s := string(rune('A' + i))
			c.text(s, x+cw/2, f.y-1.2*l.k, 0.5, 0, size, true, grey)
			c.text(s, x+cw/2, f.y+f.h+1.2*l.k, 0.5, 1, size, true, grey)
		}
	}
	for j := 0; j <= Rows; j++ {
		y := f.y + float64(j)*rh
		c.line(f.x, y, f.x+f.w, y, grey, 0.25*l.k)
		if j < Rows {
			s := strconv.Itoa(j + 1)
			c.text(s, f.x-1.5*l.k, y+rh/2, 1, 0.35, size, true, grey)
			c.text(s, f.x+f.w+1.5*l.k, y+rh/2, 0, 0.35, size, true, grey)
		}
	}
	c.stroke(f, ink, 0.5*l.k)
}

// drawNotes draws the box of writing lines.
func drawNotes(c *canvas, l Layout, lang string) {
	r := l.notes
	c.text(word("Notes", lang), r.x, r.y+3.5*l.k, 0, 0, 10*l.k, true, ink)
	for y := r.y + 11*l.k; y <= r.y+r.h; y += 8 * l.k {
		c.line(r.x, y, r.x+r.w, y, faint, 0.3*l.k)
	}
}

// drawLegend draws the pen symbols to use, each with its meaning.
func drawLegend(c *canvas, l Layout, lang string) {
	r := l.legend
	c.text(word("Draw with a pen", lang), r.x, r.y+3.5*l.k, 0, 0, 10*l.k, true, ink)
	for i, s := range penSymbols {
		y := r.y + 10*l.k + float64(i)*8*l.k
		s.draw(c, r.x+3*l.k, y, 2.2*l.k)
		c.text(word(s.key, lang), r.x+8*l.k, y, 0, 0.35, 8*l.k, false, ink)
	}
}

// drawTitle writes the sheet's title and page id between the top markers.
func drawTitle(c *canvas, l Layout, s Sheet, lang string) {
	c.text(s.Title, 20*l.k, 10*l.k, 0, 0.35, 13*l.k, true, ink)
	c.text(word("Page", lang)+" "+s.Code.Page, 190*l.k, 10*l.k, 1, 0.35, 13*l.k, true, ink)
	c.text(s.Code.Project, 190*l.k, 16*l.k, 1, 0.35, 8*l.k, false, grey)
	c.text(word("Keep this code clear", lang), l.qr.x+l.qr.w/2, l.qr.y+l.qr.h+6*l.k, 0.5, 0.35, 6.5*l.k, false, grey)
}
