package mapstyle

import (
	"image/color"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/render"
)

// Layer is one drawn layer of annotations and the annotation ID of each
// of its features.
type Layer struct {
	Draw render.DrawLayer
	IDs  []string
}

// Colours of gaps by severity, and of resolved ones.
var (
	// SeverityColour is the colour of open gaps of each severity.
	SeverityColour = map[annot.Severity]color.NRGBA{
		annot.Low: {0xf9, 0xa8, 0x25, 0xff}, annot.Medium: {0xef, 0x6c, 0x00, 0xff}, annot.High: {0xc6, 0x28, 0x28, 0xff},
	}
	// Grey is the colour of closed points and resolved gaps.
	Grey       = color.NRGBA{0x75, 0x75, 0x75, 0xff}
	brokenRing = color.NRGBA{0xd3, 0x2f, 0x2f, 0xff}
	// White rings symbols.
	White = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// PointStyle is how a service point of a category and status looks:
// working in the category's colour, broken with a red ring, planned
// hollow, closed grey.
func PointStyle(c annot.Category, st annot.Status) render.Style {
	s := render.Style{Stroke: White, StrokeWidth: 1.5, Fill: c.Colour, PointRadius: 6, Symbol: render.Symbol(c.Symbol), LabelSize: 10, MinLabelZoom: 15}
	switch st {
	case annot.Broken:
		s.Stroke, s.StrokeWidth = brokenRing, 3
	case annot.Planned:
		s.Fill, s.Stroke, s.StrokeWidth = White, c.Colour, 2.5
	case annot.Closed:
		s.Fill = Grey
	}
	return s
}

// GapColour is a gap's colour: by severity until it is resolved.
func GapColour(g *annot.Gap) color.NRGBA {
	if g.Status == annot.Resolved {
		return Grey
	}
	return SeverityColour[g.Severity]
}

// Overrides are geometries shown instead of the stored ones, by
// annotation ID (while the user drags a point or a corner).
type Overrides map[string]orb.Geometry

// GapAreaStyle is how a gap area of a colour looks: hatched.
func GapAreaStyle(c color.NRGBA) render.Style {
	fill := c
	fill.A = 0x38
	return render.Style{Stroke: c, StrokeWidth: 2, Fill: fill, Hatch: true, LabelSize: 10, MinLabelZoom: 15}
}

// GapMarkerStyle is how a gap point of a colour looks: a warning marker.
func GapMarkerStyle(c color.NRGBA) render.Style {
	return render.Style{Stroke: White, StrokeWidth: 1.5, Fill: c, PointRadius: 7, Symbol: render.Warning, LabelSize: 10, MinLabelZoom: 15}
}

// Annotations builds the drawn layers of a project's annotations, named in
// lang: gap areas hatched at the bottom, then service points by category
// and status, then gap markers on top. Hidden categories are left out.
func Annotations(s *annot.Set, lang string, over Overrides) []Layer {
	if s == nil {
		return nil
	}
	groups := map[any]*Layer{}
	var order []any
	add := func(key any, st render.Style, kind geo.Kind, role geo.Role, id, name string, g orb.Geometry) {
		al := groups[key]
		if al == nil {
			al = &Layer{Draw: render.DrawLayer{Layer: &geo.Layer{Kind: kind}, Role: role, Style: st}}
			groups[key] = al
			order = append(order, key)
		}
		if o, ok := over[id]; ok {
			g = o
		}
		if poly, ok := g.(orb.Polygon); ok {
			g = orb.MultiPolygon{poly}
		}
		al.Draw.Layer.Features = append(al.Draw.Layer.Features, geo.Feature{Name: name, Geometry: g})
		al.IDs = append(al.IDs, id)
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		if g.IsArea() {
			c := GapColour(g)
			add(struct{ area color.NRGBA }{c}, GapAreaStyle(c), geo.Polygons, geo.RoleOther, g.ID, GapName(s, g, lang), g.Geometry)
		}
	}
	for _, c := range s.Categories {
		if c.Hidden {
			continue
		}
		for i := range s.Points {
			p := &s.Points[i]
			if p.Category == c.ID {
				add(struct{ cat, st string }{c.ID, string(p.Status)}, PointStyle(c, p.Status), geo.Points, geo.RolePoints, p.ID, PointName(c, p, lang), p.Location)
			}
		}
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		if !g.IsArea() {
			c := GapColour(g)
			add(struct{ marker color.NRGBA }{c}, GapMarkerStyle(c), geo.Points, geo.RolePoints, g.ID, GapName(s, g, lang), g.Geometry)
		}
	}
	out := make([]Layer, 0, len(order))
	for _, k := range order {
		al := groups[k]
		al.Draw.Layer.ComputeBound()
		out = append(out, *al)
	}
	return out
}
