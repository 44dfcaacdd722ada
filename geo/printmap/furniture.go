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
	ratio := scaleRatio(metresPerMM * 1000)
	labelW := max(s.textWidth(bodySize*k, false, label), s.textWidth(bodySize*k, false, ratio))
	s.rect(x-2, y-6*k, barMM+4+labelW+3, 11*k, paperTint, none, 0)
	h := 1.4 * k
	for i := 0; i < 4; i++ {
		fill := ink
		if i%2 == 1 {
			fill = paper
		}
		s.rect(x+barMM*float64(i)/4, y, barMM/4, h, fill, ink, 0.2)
	}
	s.text(x, y-1.2*k, bodySize*k, false, ink, "0")
	s.text(x+barMM+1.5, y+h, bodySize*k, false, ink, label)
	s.text(x+barMM+1.5, y-2*k, bodySize*k, false, ink, ratio)
}

// scaleRatio is the numeric scale, rounded to two significant digits
// and grouped by thin spaces: "1:9 000" for 9,000 units to one.
func scaleRatio(n float64) string {
	if n <= 0 || math.IsInf(n, 0) || math.IsNaN(n) {
		return ""
	}
	p := math.Pow(10, math.Floor(math.Log10(n))-1)
	v := int64(math.Round(n/p) * p)
	digits := fmt.Sprint(v)
	var out []byte
	for i := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, ' ')
		}
		out = append(out, digits[i])
	}
	return "1:" + string(out)
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
// (Web Mercator keeps north up) with N, or Хойд (north) in Mongolian: a lone Х reads as a Latin X.
func (pg *page) northArrow(s surface) {
	k, m := pg.k, pg.mapBox
	n := word("north", pg.opt.Lang)
	half := max(3.2*k+1.5, s.textWidth(bodySize*k, true, n)/2+1.5)
	cx, top := m.x+m.w-half-2, m.y+4*k
	w, h := 3.2*k, 9*k
	s.rect(cx-half, top-1, 2*half, h+7*k, paperTint, none, 0)
	s.polygon([][2]float64{{cx, top}, {cx + w, top + h}, {cx, top + h*0.72}}, ink)
	s.polygon([][2]float64{{cx, top}, {cx, top + h*0.72}, {cx - w, top + h}}, paper)
	s.line(cx, top, cx-w, top+h, ink, 0.25)
	s.line(cx-w, top+h, cx, top+h*0.72, ink, 0.25)
	s.text(cx-s.textWidth(bodySize*k, true, n)/2, top+h+5*k, bodySize*k, true, ink, n)
}
