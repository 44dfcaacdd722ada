package printmap

import (
	"image"
	"image/color"

	"github.com/khoroomap/khoroomap/geo/render"
)

// legendKind says how a legend entry's key is drawn.
type legendKind int

const (
	keySymbol legendKind = iota // a point symbol
	keyLine                     // a boundary line
	keyFill                     // a filled area
	keyHatch                    // a hatched gap area
	keyNote                     // no key: a line of text
)

// legendItem is one entry: its key, its text and how many are shown.
type legendItem struct {
	kind   legendKind
	style  render.Style
	symbol image.Image
	label  string
	count  int // in the page's area (or on the map); -1 for boundaries and notes
	onMap  int // on the whole map when that differs from count, else -1
	lang   string
	// category marks a service category's entry: the first to give way
	// when a page has no room for the whole legend.
	category bool
}

// drawKey draws one legend key in a square of side a at (x, y).
func (pg *page) drawKey(s surface, it legendItem, x, y, a float64) {
	st := it.style
	switch it.kind {
	case keySymbol:
		img := render.SymbolImage(st.Symbol, st.Fill, st.Stroke, st.PointRadius, st.StrokeWidth, pg.scale)
		side := float64(img.Bounds().Dx()) / pg.scale * 25.4 / 96
		s.image(img, x+a/2-side/2, y+a/2-side/2, side, side)
	case keyLine:
		s.line(x, y+a/2, x+a, y+a/2, st.Stroke, st.StrokeWidth*0.3)
	case keyFill:
		s.rect(x, y, a, a, opaque(st.Fill), st.Stroke, 0.3)
	case keyHatch:
		s.rect(x, y, a, a, opaque(st.Fill), st.Stroke, 0.4)
		for d := 0.25; d < 1; d += 0.25 {
			s.line(x+a*d, y+a, x+a, y+a*d, st.Stroke, 0.2)
			s.line(x, y+a*d, x+a*d, y, st.Stroke, 0.2)
		}
	}
}

// opaque is a translucent fill as it looks on white paper.
func opaque(c color.NRGBA) color.NRGBA {
	a := float64(c.A) / 255
	mix := func(v uint8) uint8 { return uint8(float64(v)*a + 255*(1-a) + 0.5) }
	return color.NRGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}
