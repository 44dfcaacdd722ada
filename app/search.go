package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/render"
)

// hit is a search match: a feature of a layer, held by the layer itself so
// that it survives layers being added, moved or removed meanwhile.
type hit struct {
	layer   *geo.Layer
	feature int
	annot   string // an annotation's ID, when the match is one
}

// searchable is a layer as the search reads it off the UI goroutine: its
// names copied (the user may rename features while it runs), its
// properties shared (they never change after loading).
type searchable struct {
	layer *geo.Layer
	names []string
	ids   []string // annotation IDs, for the annotations' snapshot
}

// newSearchEntry is the search box: type words in Cyrillic or Latin and
// press Enter to select and zoom to the first match; Enter again goes to
// the next one. Large layers are searched in the background.
func newSearchEntry(ui *UI) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.L("Search a name (Cyrillic or Latin)"))
	var last *hit
	e.OnChanged = func(string) { last = nil }
	e.OnSubmitted = func(q string) {
		layers := append(ui.layers.searchables(), ui.annotSearchable())
		ui.status.SetText(lang.L("Searching…"))
		ui.background(func() {
			hits := findHits(layers, q)
			fyne.Do(func() { last = ui.showHit(q, hits, last) })
		})
	}
	return e
}

// searchables snapshots the layers, top first.
func (s *layerSet) searchables() []searchable {
	out := make([]searchable, 0, len(s.list))
	for i := len(s.list) - 1; i >= 0; i-- {
		l := s.list[i].layer
		names := make([]string, len(l.Features))
		for j := range l.Features {
			names[j] = l.Features[j].Name
		}
		out = append(out, searchable{layer: l, names: names})
	}
	return out
}

// findHits lists the features matching q (by name or text properties, see
// geo.MatchFeature) in the order given. Safe off the UI goroutine.
func findHits(layers []searchable, q string) []hit {
	var hits []hit
	for _, sl := range layers {
		for j, name := range sl.names {
			f := geo.Feature{Name: name, Props: sl.layer.Features[j].Props}
			if geo.MatchFeature(&f, q) {
				h := hit{layer: sl.layer, feature: j}
				if sl.ids != nil {
					h = hit{annot: sl.ids[j]}
				}
				hits = append(hits, h)
			}
		}
	}
	return hits
}

// annotSearchable snapshots the annotations as a searchable layer: their
// names, categories and notes.
func (ui *UI) annotSearchable() searchable {
	l := &geo.Layer{}
	var ids []string
	if ui.annots == nil {
		return searchable{layer: l, ids: []string{}}
	}
	code := langCode(ui.app)
	add := func(id, name, kind, notes string) {
		l.Features = append(l.Features, geo.Feature{Name: name, Props: geo.Props{{Key: "kind", Value: kind}, {Key: "notes", Value: notes}}})
		ids = append(ids, id)
	}
	for i := range ui.annots.Points {
		p := &ui.annots.Points[i]
		c, _ := ui.annots.Category(p.Category)
		add(p.ID, mapstyle.PointName(c, p, code), c.Name(code), p.Notes)
	}
	for i := range ui.annots.Gaps {
		g := &ui.annots.Gaps[i]
		add(g.ID, mapstyle.GapName(ui.annots, g, code), "", g.Notes)
	}
	names := make([]string, len(l.Features))
	for i := range l.Features {
		names[i] = l.Features[i].Name
	}
	return searchable{layer: l, names: names, ids: ids}
}

// showHit selects and zooms to the match after last (the first when last is
// not among them) and says which of how many it is. It returns the match
// shown, or nil.
func (ui *UI) showHit(q string, hits []hit, last *hit) *hit {
	next := 0
	for k, h := range hits {
		if last != nil && h == *last {
			next = (k + 1) % len(hits)
		}
	}
	for tries := 0; tries < len(hits); tries++ {
		h := hits[(next+tries)%len(hits)]
		if h.annot != "" {
			if g, ok := ui.annotGeometry(h.annot); ok {
				ui.selectAnnotation(h.annot)
				ui.zoomTo(g)
				ui.status.SetText(fmt.Sprintf("%s %d / %d", lang.L("Match"), (next+tries)%len(hits)+1, len(hits)))
				return &h
			}
			continue // deleted meanwhile
		}
		sel := ui.layers.selectionOf(h)
		if sel == render.None {
			continue // its layer was removed meanwhile
		}
		ui.selectFeature(sel)
		ui.status.SetText(fmt.Sprintf("%s %d / %d", lang.L("Match"), (next+tries)%len(hits)+1, len(hits)))
		if _, f := ui.layers.feature(sel); f != nil {
			ui.Map.FitBound(f.Geometry.Bound())
		}
		return &h
	}
	ui.status.SetText(lang.L("No match for") + " “" + q + "”")
	return nil
}

// annotGeometry is where an annotation is, if it still exists.
func (ui *UI) annotGeometry(id string) (orb.Geometry, bool) {
	if p, ok := ui.annots.Point(id); ok {
		return p.Location, true
	}
	if g, ok := ui.annots.Gap(id); ok {
		return g.Geometry, true
	}
	return nil, false
}

// selectionOf finds a hit's layer in the list, or gives render.None.
func (s *layerSet) selectionOf(h hit) render.Selection {
	for i, ml := range s.list {
		if ml.layer == h.layer && h.feature < len(ml.layer.Features) {
			return render.Selection{Layer: i, Feature: h.feature}
		}
	}
	return render.None
}
