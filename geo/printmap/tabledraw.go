package printmap

import (
	"image/color"
	"math"
)

// stripe shades every other row.
var stripe = color.NRGBA{0xf3, 0xf3, 0xf3, 0xff}

// narrowLines wraps each column title for the table turned on its side,
// two lines at most.
func (t *table) narrowLines(m measurer, w, k float64) [][]string {
	out := make([][]string, len(t.head))
	for i, h := range t.head {
		out[i] = wrap(m, tableSize*k, false, h, w*0.5-3*k, 2)
	}
	return out
}

// narrowRow is the height of a row of n lines turned on its side.
func narrowRow(n int, k float64) float64 { return float64(n)*lineHeight(tableSize*k) + 1*k }

// narrowHeight is the table's height turned on its side in a column w
// wide: a row per category and severity, a column per area.
func (t *table) narrowHeight(m measurer, w, k float64) float64 {
	h := 12 * k
	for _, l := range t.narrowLines(m, w, k) {
		h += narrowRow(len(l), k)
	}
	return h
}

// drawNarrow draws the table turned on its side in b.
func (t *table) drawNarrow(s surface, b box, k float64) {
	size := tableSize * k
	lh := lineHeight(size)
	s.text(b.x, b.y+4*k, 9*k, true, ink, ellipsize(s, 9*k, true, t.title, b.w))
	nameW := b.w * 0.5
	colW := (b.w - nameW) / float64(max(len(t.rows), 1))
	y := b.y + 10*k
	for j, r := range t.rows {
		s.text(b.x+nameW+float64(j)*colW+0.3, y-1*k, size, true, ink, ellipsize(s, size, true, r.name, colW-0.6))
	}
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
	for i, lines := range t.narrowLines(s, b.w, k) {
		rh := narrowRow(len(lines), k)
		if y+rh > b.y+b.h+0.5 {
			break
		}
		if i%2 == 1 {
			s.rect(b.x, y, b.w, rh, stripe, none, 0)
		}
		s.rect(b.x, y+0.8*k, 1.2*k, rh-1.6*k, t.colour[i], none, 0)
		for n, l := range lines {
			s.text(b.x+2*k, y+lh*float64(n+1)-0.6*k, size, false, ink, l)
		}
		for j, r := range t.rows {
			if txt := t.cell(i, r.counts[i]); txt != "" {
				s.text(b.x+nameW+float64(j)*colW+colW/2-s.textWidth(size, false, txt)/2, y+lh-0.6*k, size, false, ink, txt)
			}
		}
		y += rh
	}
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
}

// headLines wraps the column titles to their columns, at most four lines
// each; the header is as tall as the tallest, so no title runs into the
// rows.
func (t *table) headLines(m measurer, colW, k float64) ([][]string, int) {
	out := make([][]string, len(t.head))
	n := 1
	for i, h := range t.head {
		out[i] = wrap(m, tableSize*k, true, h, colW-1, 4)
		n = max(n, len(out[i]))
	}
	return out, n
}

// draw draws the table in b from row from on: a header of wrapped column
// titles, a row per area. It returns the first row that did not fit
// (len(t.rows) when all did), for the next page.
func (t *table) draw(s surface, b box, k float64, lang string, from int) int {
	size := tableSize * k
	lh := lineHeight(size)
	s.text(b.x, b.y+4*k, 10*k, true, ink, ellipsize(s, 10*k, true, t.title, b.w))
	nameW := math.Min(b.w*0.22, 45*k)
	colW := (b.w - nameW) / float64(len(t.head))
	head, n := t.headLines(s, colW, k)
	headTop := b.y + 7*k
	for i, lines := range head {
		x := b.x + nameW + float64(i)*colW
		s.rect(x+0.3, headTop, colW-0.6, 1.2*k, t.colour[i], none, 0)
		for j, l := range lines {
			s.text(x+0.5, headTop+1.2*k+lh*float64(j+1), size, true, ink, l)
		}
	}
	y := headTop + 1.2*k + lh*float64(n) + 1.5*k
	s.text(b.x, y-1.2*k, size, true, ink, word("Area (table column)", lang))
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
	row := lh + 0.8*k
	r := from
	for ; r < len(t.rows) && y+row <= b.y+b.h+0.5; r++ {
		if (r-from)%2 == 1 {
			s.rect(b.x, y, b.w, row, stripe, none, 0)
		}
		s.text(b.x+0.5, y+lh-0.3*k, size, false, ink, ellipsize(s, size, false, t.rows[r].name, nameW-1))
		for i, c := range t.rows[r].counts {
			if txt := t.cell(i, c); txt != "" {
				x := b.x + nameW + float64(i)*colW + colW/2 - s.textWidth(size, false, txt)/2
				s.text(x, y+lh-0.3*k, size, i == len(t.head)-4, ink, txt)
			}
		}
		y += row
	}
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
	return max(r, from+1)
}
