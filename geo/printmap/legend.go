package printmap

import (
	"image"
	"image/color"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/render"
)

// legendKind says how a legend entry's key is drawn.
type legendKind int

const (
	keySymbol legendKind = iota // a point symbol
	keyLine                     // a boundary line
	keyFill                     // a filled area
	keyHatch                    // a hatched gap area
)

// legendItem is one entry: its key, its text and how many are shown.
type legendItem struct {
	kind   legendKind
	style  render.Style
	symbol image.Image
	label  string
	count  int // -1 for boundaries
}

// legendFor lists what the map shows inside b: the boundary kinds, each
// category with service points there (with its count), and the kinds of
// gap there (counted by kind).
func legendFor(p *Project, b orb.Bound, lang string) []legendItem {
	var items []legendItem
	seen := map[geo.Role]bool{}
	for i := len(p.Layers) - 1; i >= 0; i-- {
		dl := p.Layers[i]
		if dl.Hidden || dl.Layer.Kind != geo.Polygons || seen[dl.Role] || !dl.Layer.Bound.Intersects(b) {
			continue
		}
		seen[dl.Role] = true
		kind := keyLine
		if dl.Style.Fill.A > 0 {
			kind = keyFill
		}
		items = append(items, legendItem{kind: kind, style: dl.Style, label: word(dl.Role.String(), lang), count: -1})
	}
	s := p.Annotations
	if s == nil {
		return items
	}
	for _, c := range s.Categories {
		if c.Hidden {
			continue
		}
		n := 0
		for _, pt := range s.Points {
			if pt.Category == c.ID && b.Contains(pt.Location) {
				n++
			}
		}
		if n > 0 {
			st := mapstyle.PointStyle(c, annot.Working)
			items = append(items, legendItem{kind: keySymbol, style: st, label: c.Name(lang), count: n})
		}
	}
	areas, points := map[annot.GapKind]int{}, map[annot.GapKind]int{}
	for _, g := range s.Gaps {
		if !g.Geometry.Bound().Intersects(b) {
			continue
		}
		if g.IsArea() {
			areas[g.Kind]++
		} else {
			points[g.Kind]++
		}
	}
	for _, k := range annot.GapKinds {
		if n := points[k]; n > 0 {
			items = append(items, legendItem{kind: keySymbol, style: mapstyle.GapMarkerStyle(mapstyle.SeverityColour[annot.Medium]), label: mapstyle.GapKindName(k, lang), count: n})
		}
		if n := areas[k]; n > 0 {
			items = append(items, legendItem{kind: keyHatch, style: mapstyle.GapAreaStyle(mapstyle.SeverityColour[annot.Medium]), label: mapstyle.GapKindName(k, lang) + " (" + word("gap_area", lang) + ")", count: n})
		}
	}
	return items
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
