package streets

import (
	"image"
	"math"

	"github.com/paulmach/orb"
)

// maxBend is the sharpest turn between two neighbouring letters of a
// name written along a bending street, in radians (about 30°); sharper
// bends are left without the name there.
const maxBend = 0.52

// glyph is one letter of a label rendered with its halo, and how far the
// pen moves after it, in pixels.
type glyph struct {
	img *image.NRGBA // nil for a space
	adv float64
}

// alongBends writes name letter by letter along the bends of line where
// no straight stretch was long enough for it (the lanes of ger areas
// bend every few metres), one every labelGap pixels as alongLine does.
// width is the name's width written straight.
func (pt *Painter) alongBends(dst *image.RGBA, fonts fontSet, line []orb.Point, name string, width float64) {
	need := width * 1.1
	cum := pt.walk(line)
	total := cum[len(cum)-1]
	for at := need / 2; at <= total-need/2; at += need / 4 {
		c := pointAt(line, cum, at)
		if pt.nearSameName(name, c) {
			continue
		}
		gs := pt.labels.glyphs(fonts, name, labelSize*pt.Scale)
		if gs == nil || !pt.putBent(dst, gs, line, cum, at) {
			continue
		}
		if pt.placed == nil {
			pt.placed = map[string][]orb.Point{}
		}
		pt.placed[name] = append(pt.placed[name], c)
		at += labelGap*pt.Scale - need/4
	}
}

// walk returns the distance along line to each of its points.
func (pt *Painter) walk(line []orb.Point) []float64 {
	pt.cum = append(pt.cum[:0], 0)
	for i := 1; i < len(line); i++ {
		pt.cum = append(pt.cum, pt.cum[i-1]+math.Hypot(line[i][0]-line[i-1][0], line[i][1]-line[i-1][1]))
	}
	return pt.cum
}

// pointAt is the point at distance d along line (cum from walk).
func pointAt(line []orb.Point, cum []float64, d float64) orb.Point {
	i := max(1, min(len(cum)-1, searchCum(cum, d)))
	a, b := line[i-1], line[i]
	l := cum[i] - cum[i-1]
	if l <= 0 {
		return a
	}
	t := (d - cum[i-1]) / l
	return orb.Point{a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t}
}

// searchCum is the first index whose distance reaches d.
func searchCum(cum []float64, d float64) int {
	lo, hi := 0, len(cum)
	for lo < hi {
		m := (lo + hi) / 2
		if cum[m] < d {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// putBent writes the glyphs centred at distance at along line, each
// turned to the street under it, unless the street bends too sharply
// there, a letter would leave the image or meet a label already placed.
// Text reads left to right: along a street running west the letters go
// from its far end back.
func (pt *Painter) putBent(dst *image.RGBA, gs []glyph, line []orb.Point, cum []float64, at float64) bool {
	width := 0.0
	for _, g := range gs {
		width += g.adv
	}
	from, to := at-width/2, at+width/2
	a, b := pointAt(line, cum, from), pointAt(line, cum, to)
	dir := 1.0
	if b[0] < a[0] {
		dir, from = -1, to // written from the far end
	}
	type place struct {
		c     orb.Point
		angle float64
		r     image.Rectangle
	}
	var places []place
	x, prev := 0.0, math.NaN()
	for _, g := range gs {
		mid := from + dir*(x+g.adv/2)
		p0, p1 := pointAt(line, cum, mid-dir*g.adv/2), pointAt(line, cum, mid+dir*g.adv/2)
		angle := math.Atan2(p1[1]-p0[1], p1[0]-p0[0])
		if !math.IsNaN(prev) && math.Abs(turn(angle-prev)) > maxBend {
			return false
		}
		prev = angle
		x += g.adv
		if g.img == nil {
			continue
		}
		c := pointAt(line, cum, mid)
		r := turnedRect(g.img, c, angle)
		if !pt.free(dst, r) {
			return false
		}
		places = append(places, place{c, angle, r})
	}
	k := 0
	for _, g := range gs {
		if g.img == nil {
			continue
		}
		drawTurned(dst, g.img, places[k].c, places[k].angle)
		pt.claimed = append(pt.claimed, places[k].r)
		k++
	}
	return true
}

// turn folds an angle difference into -π..π.
func turn(a float64) float64 {
	for a > math.Pi {
		a -= 2 * math.Pi
	}
	for a < -math.Pi {
		a += 2 * math.Pi
	}
	return a
}

// glyphs returns text's letters at size points rendered for bending
// labels, rendering them on first use; nil when no font is set.
func (c *labelCache) glyphs(fonts fontSet, text string, size float64) []glyph {
	k := labelKey{text, size, false}
	if gs, ok := c.bent[k]; ok {
		return gs
	}
	if c.bent == nil || len(c.bent) > maxLabels {
		c.bent = map[labelKey][]glyph{}
	}
	fc := c.face(fonts, size, false)
	var gs []glyph
	if fc != nil && text != "" {
		prev := rune(-1)
		for _, r := range text {
			adv, _ := fc.GlyphAdvance(r)
			if prev >= 0 && len(gs) > 0 {
				gs[len(gs)-1].adv += fixedFloat(fc.Kern(prev, r))
			}
			g := glyph{adv: fixedFloat(adv)}
			if r != ' ' {
				g.img = renderLabel(fc, string(r), size)
			}
			gs = append(gs, g)
			prev = r
		}
	}
	c.bent[k] = gs
	return gs
}

// fixedFloat is a 26.6 fixed-point length in pixels.
func fixedFloat[T ~int32](v T) float64 { return float64(v) / 64 }
