package render

import (
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// Symbol is the shape of a point symbol.
type Symbol string

// The symbol shapes. Warning is the marker of gaps: a triangle with an
// exclamation mark in the ring colour.
const (
	Circle   Symbol = "circle"
	Square   Symbol = "square"
	Triangle Symbol = "triangle"
	Diamond  Symbol = "diamond"
	Hexagon  Symbol = "hexagon"
	Star     Symbol = "star"
	Cross    Symbol = "cross"
	Warning  Symbol = "warning"
)

// drawSymbol paints a symbol of the given radius (its outline, the ring
// of width, centred on the shape's edge) into a new image just big enough.
func drawSymbol(sym Symbol, fill, ring color.NRGBA, radius, width float64) *image.RGBA {
	size := int(2*(radius+width)) + 3
	if sym == Warning || sym == Triangle {
		size = int(2.4*(radius+width)) + 3 // a triangle reaches further than its radius
	}
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	c := orb.Point{float64(size) / 2, float64(size) / 2}
	outer := newPainter(img, 2)
	outer.ring(shape(sym, c, radius+width/2))
	outer.flush(ring)
	inner := newPainter(img, 2)
	inner.ring(shape(sym, c, radius-width/2))
	inner.flush(fill)
	if sym == Warning { // the exclamation mark
		mark := newPainter(img, 2)
		w := math.Max(1.2, radius*0.22)
		mark.ring(rect(c[0]-w/2, c[1]-radius*0.45, c[0]+w/2, c[1]+radius*0.25))
		mark.ring(circle(c[0], c[1]+radius*0.52, w*0.65, 12))
		mark.flush(ring)
	}
	return img
}

// shape is the outline of a symbol of radius r about c.
func shape(sym Symbol, c orb.Point, r float64) []orb.Point {
	switch sym {
	case Square:
		return regular(c, r*1.2, 4, math.Pi/4)
	case Triangle, Warning:
		return regular(orb.Point{c[0], c[1] + r*0.25}, r*1.35, 3, -math.Pi/2)
	case Diamond:
		return regular(c, r*1.2, 4, 0)
	case Hexagon:
		return regular(c, r*1.08, 6, 0)
	case Star:
		return star(c, r*1.3, r*0.6, 5)
	case Cross:
		a, b := r*0.4, r*1.05
		return []orb.Point{
			{c[0] - a, c[1] - b}, {c[0] + a, c[1] - b}, {c[0] + a, c[1] - a}, {c[0] + b, c[1] - a},
			{c[0] + b, c[1] + a}, {c[0] + a, c[1] + a}, {c[0] + a, c[1] + b}, {c[0] - a, c[1] + b},
			{c[0] - a, c[1] + a}, {c[0] - b, c[1] + a}, {c[0] - b, c[1] - a}, {c[0] - a, c[1] - a}, {c[0] - a, c[1] - b},
		}
	}
	return circle(c[0], c[1], r, 32)
}

// regular is a regular polygon of n corners at distance r, the first at
// angle a (radians, y down).
func regular(c orb.Point, r float64, n int, a float64) []orb.Point {
	pts := make([]orb.Point, n+1)
	for k := 0; k <= n; k++ {
		t := a + 2*math.Pi*float64(k)/float64(n)
		pts[k] = orb.Point{c[0] + r*math.Cos(t), c[1] + r*math.Sin(t)}
	}
	return pts
}

func star(c orb.Point, outer, inner float64, n int) []orb.Point {
	pts := make([]orb.Point, 0, 2*n+1)
	for k := 0; k <= 2*n; k++ {
		r := outer
		if k%2 == 1 {
			r = inner
		}
		t := -math.Pi/2 + math.Pi*float64(k)/float64(n)
		pts = append(pts, orb.Point{c[0] + r*math.Cos(t), c[1] + r*math.Sin(t)})
	}
	return pts
}

func rect(x0, y0, x1, y1 float64) []orb.Point {
	return []orb.Point{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
}

// SymbolImage draws one symbol alone, for legends and lists: radius and
// ring width in device-independent pixels times scale.
func SymbolImage(sym Symbol, fill, ring color.NRGBA, radius, width, scale float64) *image.RGBA {
	return drawSymbol(sym, fill, ring, radius*scale, width*scale)
}
