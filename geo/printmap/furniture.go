package printmap

import (
	"fmt"
	"math"
)

// scaleBar draws a bar of a round length in the map's bottom-left
// corner, in metres or kilometres.
func (pg *page) scaleBar(s surface) {
	k, m := pg.k, pg.mapBox
	mmPerPixel := m.w / float64(pg.view.Width)
	metresPerMM := pg.view.MetresPerPixel() / mmPerPixel
	length := niceLength(metresPerMM * m.w * 0.22)
	barMM := length / metresPerMM
	x, y := m.x+4, m.y+m.h-5*k
	label := fmt.Sprintf("%g m", length)
	if length >= 1000 {
		label = fmt.Sprintf("%g km", length/1000)
	}
	s.rect(x-2, y-6*k, barMM+4+s.textWidth(7*k, false, label)+3, 8.5*k, paperTint, none, 0)
	h := 1.4 * k
	for i := 0; i < 4; i++ {
		fill := ink
		if i%2 == 1 {
			fill = paper
		}
		s.rect(x+barMM*float64(i)/4, y, barMM/4, h, fill, ink, 0.2)
	}
	s.text(x, y-1.2*k, 7*k, false, ink, "0")
	s.text(x+barMM+1.5, y+h, 7*k, false, ink, label)
}

// paperTint is a translucent white behind furniture on the map.
var paperTint = withAlpha(paper, 0xdd)

// niceLength rounds a length down to 1, 2 or 5 times a power of ten.
func niceLength(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, f := range []float64{5, 2, 1} {
		if f*p <= v {
			return f * p
		}
	}
	return p
}

// northArrow draws an arrow pointing up in the map's top-right corner
// (Web Mercator keeps north up) with N, or Х in Mongolian.
func (pg *page) northArrow(s surface) {
	k, m := pg.k, pg.mapBox
	cx, top := m.x+m.w-8*k, m.y+4*k
	w, h := 3.2*k, 9*k
	s.rect(cx-w-1.5, top-1, 2*w+3, h+7*k, paperTint, none, 0)
	s.polygon([][2]float64{{cx, top}, {cx + w, top + h}, {cx, top + h*0.72}}, ink)
	s.polygon([][2]float64{{cx, top}, {cx, top + h*0.72}, {cx - w, top + h}}, paper)
	s.line(cx, top, cx-w, top+h, ink, 0.25)
	s.line(cx-w, top+h, cx, top+h*0.72, ink, 0.25)
	n := word("north", pg.opt.Lang)
	s.text(cx-s.textWidth(8*k, true, n)/2, top+h+5*k, 8*k, true, ink, n)
}
