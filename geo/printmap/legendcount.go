package printmap

import (
	"fmt"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// legendFor lists what the map inside b shows: the boundary kinds, then a
// line saying where counts are taken ("in 6-р хороо", or on the map),
// each category with service points there, the statuses other than
// working (red ring, hollow, grey) and the kinds of gap, each with its
// count through annot.TallyIn (the summary table's and the CSV's rule) in
// focus, and the count on the map beside it when that differs.
func legendFor(p *Project, b orb.Bound, focus *Area, lang string) []legendItem {
	items := boundaryItems(p, b, lang)
	s := p.Annotations
	if s == nil {
		return items
	}
	onMap := annot.TallyInBound(s, b)
	in := onMap
	scope := word("Counts: on the map", lang)
	if focus != nil {
		in = annot.TallyIn(s, focus.Geometry)
		scope = fmt.Sprintf(word("Counts: in %s", lang), focus.Name)
	}
	items = append(items, legendItem{kind: keyNote, label: scope, count: -1, onMap: -1})
	if in.Review > 0 { // a merge's conflicts and likely duplicates, a conflict's copies counted once below
		items = append(items, legendItem{kind: keyNote, label: fmt.Sprintf(word("%d items still need review after a merge", lang), in.Review), count: -1, onMap: -1})
	}
	add := func(it legendItem, n, m int) {
		if n > 0 || m > 0 {
			it.count, it.onMap, it.lang = n, -1, lang
			if m != n {
				it.onMap = m
			}
			items = append(items, it)
		}
	}
	for _, c := range s.Categories {
		if !c.Hidden {
			add(legendItem{kind: keySymbol, style: mapstyle.PointStyle(c, annot.Working), label: c.Name(lang), category: true}, in.Points[c.ID], onMap.Points[c.ID])
		}
	}
	for _, st := range annot.Statuses[1:] {
		add(legendItem{kind: keySymbol, style: mapstyle.PointStyle(statusKey, st), label: mapstyle.StatusName(st, lang)}, in.Statuses[st], onMap.Statuses[st])
	}
	medium := mapstyle.SeverityColour[annot.Medium]
	for _, k := range annot.GapKinds {
		add(legendItem{kind: keySymbol, style: mapstyle.GapMarkerStyle(medium), label: mapstyle.GapKindName(k, lang)}, in.GapPoints[k], onMap.GapPoints[k])
		add(legendItem{kind: keyHatch, style: mapstyle.GapAreaStyle(medium), label: mapstyle.GapKindName(k, lang) + " (" + word("Gap area", lang) + ")"}, in.GapAreas[k], onMap.GapAreas[k])
	}
	return items
}

// statusKey is the neutral category the status entries are drawn in.
var statusKey = annot.Category{Symbol: annot.Circle, Colour: mapstyle.Grey}

// boundaryItems are the kinds of boundary the map shows, and each layer
// of lines (a GPS track) by its name.
func boundaryItems(p *Project, b orb.Bound, lang string) []legendItem {
	var items []legendItem
	seen := map[geo.Role]bool{}
	for i := len(p.Layers) - 1; i >= 0; i-- {
		dl := p.Layers[i]
		if !dl.Hidden && dl.Layer.Kind == geo.Lines && dl.Layer.Bound.Intersects(b) {
			items = append(items, lineItem(dl))
			continue
		}
		if dl.Hidden || dl.Layer.Kind != geo.Polygons || seen[dl.Role] || !dl.Layer.Bound.Intersects(b) {
			continue
		}
		seen[dl.Role] = true
		kind := keyLine
		if dl.Style.Fill.A > 0 {
			kind = keyFill
		}
		items = append(items, legendItem{kind: kind, style: dl.Style, label: roleWord(dl.Role, lang), count: -1, onMap: -1})
	}
	return items
}
