package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// hit is a search match: a feature of a layer, held by the layer itself so
// that it survives layers being added, moved or removed meanwhile.
type hit struct {
	layer   *geo.Layer
	feature int
}

// searchable is a layer as the search reads it off the UI goroutine: its
// names copied (the user may rename features while it runs), its
// properties shared (they never change after loading).
type searchable struct {
	layer *geo.Layer
	names []string
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
		layers := ui.layers.searchables()
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
		out = append(out, searchable{l, names})
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
				hits = append(hits, hit{sl.layer, j})
			}
		}
	}
	return hits
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

// selectionOf finds a hit's layer in the list, or gives render.None.
func (s *layerSet) selectionOf(h hit) render.Selection {
	for i, ml := range s.list {
		if ml.layer == h.layer && h.feature < len(ml.layer.Features) {
			return render.Selection{Layer: i, Feature: h.feature}
		}
	}
	return render.None
}
