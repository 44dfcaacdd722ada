package app

import (
	"image/color"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/render"
)

// annotLayer is one drawn layer of annotations and the annotation ID of
// each of its features.
type annotLayer struct {
	draw render.DrawLayer
	ids  []string
}

// Colours of gaps by severity, and of resolved ones.
var (
	severityColour = map[annot.Severity]color.NRGBA{
		annot.Low: {0xf9, 0xa8, 0x25, 0xff}, annot.Medium: {0xef, 0x6c, 0x00, 0xff}, annot.High: {0xc6, 0x28, 0x28, 0xff},
	}
	resolvedColour = color.NRGBA{0x75, 0x75, 0x75, 0xff}
	brokenRing     = color.NRGBA{0xd3, 0x2f, 0x2f, 0xff}
	white          = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// pointStyle is how a service point of a category and status looks:
// working in the category's colour, broken with a red ring, planned
// hollow, closed grey.
func pointStyle(c annot.Category, st annot.Status) render.Style {
	s := render.Style{Stroke: white, StrokeWidth: 1.5, Fill: c.Colour, PointRadius: 6, Symbol: render.Symbol(c.Symbol), LabelSize: 10, MinLabelZoom: 15}
	switch st {
	case annot.Broken:
		s.Stroke, s.StrokeWidth = brokenRing, 3
	case annot.Planned:
		s.Fill, s.Stroke, s.StrokeWidth = white, c.Colour, 2.5
	case annot.Closed:
		s.Fill = resolvedColour
	}
	return s
}

// gapColour is a gap's colour: by severity while it is open.
func gapColour(g *annot.Gap) color.NRGBA {
	if g.Status == annot.Resolved {
		return resolvedColour
	}
	return severityColour[g.Severity]
}

// overrides are geometries shown instead of the stored ones while the
// user drags a point or a corner.
type overrides map[string]orb.Geometry

// annotLayers builds the drawn layers of a project's annotations: gap
// areas hatched at the bottom, then service points by category and
// status, then gap markers on top. Hidden categories are left out.
func annotLayers(s *annot.Set, code string, over overrides) []annotLayer {
	if s == nil {
		return nil
	}
	groups := map[any]*annotLayer{}
	var order []any
	add := func(key any, st render.Style, kind geo.Kind, role geo.Role, id, name string, g orb.Geometry) {
		al := groups[key]
		if al == nil {
			al = &annotLayer{draw: render.DrawLayer{Layer: &geo.Layer{Kind: kind}, Role: role, Style: st}}
			groups[key] = al
			order = append(order, key)
		}
		if o, ok := over[id]; ok {
			g = o
		}
		if poly, ok := g.(orb.Polygon); ok {
			g = orb.MultiPolygon{poly}
		}
		al.draw.Layer.Features = append(al.draw.Layer.Features, geo.Feature{Name: name, Geometry: g})
		al.ids = append(al.ids, id)
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		if g.IsArea() {
			c := gapColour(g)
			fill := c
			fill.A = 0x38
			st := render.Style{Stroke: c, StrokeWidth: 2, Fill: fill, Hatch: true, LabelSize: 10, MinLabelZoom: 15}
			add(struct{ area color.NRGBA }{c}, st, geo.Polygons, geo.RoleOther, g.ID, gapName(s, g, code), g.Geometry)
		}
	}
	for _, c := range s.Categories {
		if c.Hidden {
			continue
		}
		for i := range s.Points {
			p := &s.Points[i]
			if p.Category == c.ID {
				add(struct{ cat, st string }{c.ID, string(p.Status)}, pointStyle(c, p.Status), geo.Points, geo.RolePoints, p.ID, pointName(c, p, code), p.Location)
			}
		}
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		if !g.IsArea() {
			c := gapColour(g)
			st := render.Style{Stroke: white, StrokeWidth: 1.5, Fill: c, PointRadius: 7, Symbol: render.Warning, LabelSize: 10, MinLabelZoom: 15}
			add(struct{ marker color.NRGBA }{c}, st, geo.Points, geo.RolePoints, g.ID, gapName(s, g, code), g.Geometry)
		}
	}
	out := make([]annotLayer, 0, len(order))
	for _, k := range order {
		al := groups[k]
		al.draw.Layer.ComputeBound()
		out = append(out, *al)
	}
	return out
}

// pointName is a service point's label: its name, or its category's.
func pointName(c annot.Category, p *annot.Point, code string) string {
	if p.Name != "" {
		return p.Name
	}
	return c.Name(code)
}

// gapName is a gap's label: its kind, and for a missing service, which.
func gapName(s *annot.Set, g *annot.Gap, code string) string {
	if g.Kind == annot.MissingService {
		if c, ok := s.Category(g.Service); ok {
			return gapKindLabel(g.Kind) + ": " + c.Name(code)
		}
	}
	return gapKindLabel(g.Kind)
}
