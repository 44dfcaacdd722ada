package printmap

import (
	"fmt"
	"image"
	"math"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// bar is the scale bar as laid out: where it starts, its length on
// paper, its labels and the panel behind it.
type bar struct {
	x, y, mm     float64
	label, ratio string
	panel        box
}

// scaleBarLayout puts a bar of a round length (about a fifth of the map's
// width) in the map's bottom-left corner, labelled in metres or
// kilometres and with the numeric scale.
func (pg *page) scaleBarLayout(m measurer) bar {
	k, mb := pg.k, pg.mapBox
	mmPerPixel := mb.w / float64(pg.view.Width)
	metresPerMM := pg.view.MetresPerPixel() / mmPerPixel
	length := geo.ScaleLength(metresPerMM * mb.w * 0.22) // the window's rule too
	b := bar{x: mb.x + 4, y: mb.y + mb.h - 5*k, label: geo.ScaleLabel(length, words.Of(pg.opt.Lang)), ratio: scaleRatio(metresPerMM * 1000)}
	if length > 0 {
		b.mm = length / metresPerMM
	}
	labelW := max(m.textWidth(bodySize*k, false, b.label), m.textWidth(bodySize*k, false, b.ratio))
	b.panel = box{b.x - 2, b.y - 6*k, b.mm + 4 + labelW + 3, 11 * k}
	return b
}

// scaleBar draws the scale bar; a map without extent has none.
func (pg *page) scaleBar(s surface) {
	k, b := pg.k, pg.scaleBarLayout(s)
	if b.mm == 0 {
		return
	}
	s.rect(b.panel.x, b.panel.y, b.panel.w, b.panel.h, paperTint, none, 0)
	h := 1.4 * k
	for i := 0; i < 4; i++ {
		fill := ink
		if i%2 == 1 {
			fill = paper
		}
		s.rect(b.x+b.mm*float64(i)/4, b.y, b.mm/4, h, fill, ink, 0.2)
	}
	s.text(b.x, b.y-1.2*k, bodySize*k, false, ink, "0")
	s.text(b.x+b.mm+1.5, b.y+h, bodySize*k, false, ink, b.label)
	s.text(b.x+b.mm+1.5, b.y-2*k, bodySize*k, false, ink, b.ratio)
}

// panels are the boxes drawn over the map (the scale bar's and the north
// arrow's), which labels keep clear of, in the map image's pixels.
func (pg *page) panels(m measurer) []image.Rectangle {
	var out []image.Rectangle
	px := float64(pg.opt.DPI) / 25.4
	for _, b := range []box{pg.scaleBarLayout(m).panel, pg.northPanel(m)} {
		x0, y0 := (b.x-pg.mapBox.x)*px, (b.y-pg.mapBox.y)*px
		out = append(out, image.Rect(int(x0)-2, int(y0)-2, int(x0+b.w*px)+3, int(y0+b.h*px)+3))
	}
	return out
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

// northPanel is the box of the north arrow, in the map's top-right
// corner, wide enough for its word.
func (pg *page) northPanel(m measurer) box {
	k, mb := pg.k, pg.mapBox
	half := max(3.2*k+1.5, m.textWidth(bodySize*k, true, word("N (north)", pg.opt.Lang))/2+1.5)
	return box{mb.x + mb.w - 2*half - 2, mb.y + 4*k - 1, 2 * half, 16*k + 1}
}

// northArrow draws an arrow pointing up (Web Mercator keeps north up)
// with N, or Хойд (north) in Mongolian: a lone Х reads as a Latin X.
func (pg *page) northArrow(s surface) {
	k, b := pg.k, pg.northPanel(s)
	n := word("N (north)", pg.opt.Lang)
	cx, top := b.x+b.w/2, b.y+1
	w, h := 3.2*k, 9*k
	s.rect(b.x, b.y, b.w, b.h, paperTint, none, 0)
	s.polygon([][2]float64{{cx, top}, {cx + w, top + h}, {cx, top + h*0.72}}, ink)
	s.polygon([][2]float64{{cx, top}, {cx, top + h*0.72}, {cx - w, top + h}}, paper)
	s.line(cx, top, cx-w, top+h, ink, 0.25)
	s.line(cx-w, top+h, cx, top+h*0.72, ink, 0.25)
	s.text(cx-s.textWidth(bodySize*k, true, n)/2, top+h+5*k, bodySize*k, true, ink, n)
}
