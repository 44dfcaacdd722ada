package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/search"
)

// hit is a search match: a feature of a layer, held by the layer itself so
// that it survives layers being added, moved or removed meanwhile.
type hit struct {
	layer   *geo.Layer
	feature int
	annot   string    // an annotation's ID, when the match is one
	street  orb.Bound // a street's extent, when the match is a street of the street map
	label   string    // the match's name and district, for the status bar
}

// searchable is a layer as the search reads it off the UI goroutine: its
// names copied (the user may rename features while it runs), its
// properties shared (they never change after loading). The annotations'
// searchable has no layer; its items carry their IDs.
type searchable struct {
	layer *geo.Layer
	title string
	role  geo.Role
	items []search.Item
	// bounds are the street map's items' extents (nil for other layers).
	bounds []orb.Bound
}

// searchNeeds are the narrow things the search box works with.
type searchNeeds struct {
	// sources snapshots what to search, on the UI goroutine.
	sources func() []searchable
	// background runs a search off the UI goroutine.
	background func(func())
	// show goes to the match after last and returns it (see UI.showHit).
	show   func(q string, hits []hit, last *hit) *hit
	status func(string)
}

// newSearchEntry is the search box: type words in Cyrillic or Latin and
// press Enter to select and zoom to the best match; Enter again goes to
// the next one. Large layers are searched in the background.
func newSearchEntry(n searchNeeds) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.L("Search a name (Cyrillic or Latin)"))
	var last *hit
	e.OnChanged = func(string) { last = nil }
	e.OnSubmitted = func(q string) {
		layers := n.sources()
		n.status(lang.L("Searching…"))
		n.background(func() {
			hits := findHits(layers, q)
			fyne.Do(func() { last = n.show(q, hits, last) })
		})
	}
	return e
}

// searchables snapshots everything the search box looks in: the layers,
// top first, the annotations and the street map.
func (ui *UI) searchables() []searchable {
	return append(ui.layers.searchables(), ui.annotSearchable(), ui.streets.searchable())
}

// searchables snapshots the layers, top first.
func (s *layerSet) searchables() []searchable {
	out := make([]searchable, 0, len(s.list))
	for i := len(s.list) - 1; i >= 0; i-- {
		l := s.list[i].layer
		out = append(out, searchable{layer: l, title: search.Title(l), role: s.list[i].role, items: search.Items(l)})
	}
	return out
}

// findHits lists the features and annotations matching q, best first, as
// geo/search ranks them. Safe off the UI goroutine.
func findHits(layers []searchable, q string) []hit {
	ix := &search.Index{}
	for _, sl := range layers {
		ix.Add(sl.title, sl.role, sl.items)
	}
	var hits []hit
	for _, m := range ix.Find(q) {
		h := hit{layer: layers[m.Layer].layer, feature: m.Feature, annot: m.ID, label: m.Label()}
		if bs := layers[m.Layer].bounds; m.Feature < len(bs) {
			h.street = bs[m.Feature]
		}
		hits = append(hits, h)
	}
	return hits
}

// annotSearchable snapshots the annotations: their names, categories and
// notes.
func (ui *UI) annotSearchable() searchable {
	if ui.ws.Annotations() == nil {
		return searchable{title: search.AnnotationsTitle, role: geo.RolePoints}
	}
	items := search.Annotations(ui.ws.Annotations(), langCode(ui.app))
	search.AlongStreets(items, ui.ws.Annotations(), ui.streets.set.Load(), langCode(ui.app))
	return searchable{title: search.AnnotationsTitle, role: geo.RolePoints, items: items}
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
		if !h.street.IsZero() {
			ui.Map.FitBound(h.street)
			ui.status.SetText(fmt.Sprintf("%s %d / %d: %s", lang.L("Match"), (next+tries)%len(hits)+1, len(hits), h.label))
			return &h
		}
		if h.annot != "" {
			if g, ok := ui.annotGeometry(h.annot); ok {
				ui.selectAnnotation(h.annot)
				ui.zoomTo(g)
				ui.status.SetText(fmt.Sprintf("%s %d / %d: %s", lang.L("Match"), (next+tries)%len(hits)+1, len(hits), h.label))
				return &h
			}
			continue // deleted meanwhile
		}
		sel := ui.layers.selectionOf(h)
		if sel == render.None {
			continue // its layer was removed meanwhile
		}
		ui.selectFeature(sel)
		ui.status.SetText(fmt.Sprintf("%s %d / %d: %s", lang.L("Match"), (next+tries)%len(hits)+1, len(hits), h.label))
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
	if p, ok := ui.ws.Annotations().Point(id); ok {
		return p.Location, true
	}
	if g, ok := ui.ws.Annotations().Gap(id); ok {
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
