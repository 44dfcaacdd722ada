package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// newSearchEntry is the search box: type a name in Cyrillic or Latin and
// press Enter to select and zoom to the first match; Enter again goes to
// the next one.
func newSearchEntry(ui *UI) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.L("Search a name (Cyrillic or Latin)"))
	last := render.None
	e.OnChanged = func(string) { last = render.None }
	e.OnSubmitted = func(q string) {
		sel := ui.layers.search(q, last)
		if sel == render.None {
			ui.status.SetText(lang.L("No match for") + " “" + q + "”")
			return
		}
		last = sel
		ui.selectFeature(sel)
		l, f := ui.layers.feature(sel)
		if l != nil {
			ui.Map.FitBound(f.Geometry.Bound())
		}
	}
	return e
}

// search finds the next feature after `after` whose name matches q, top
// layers first.
func (s *layerSet) search(q string, after render.Selection) render.Selection {
	var hits []render.Selection
	for i := len(s.list) - 1; i >= 0; i-- {
		for j := range s.list[i].layer.Features {
			if geo.MatchName(s.list[i].layer.Features[j].Name, q) {
				hits = append(hits, render.Selection{Layer: i, Feature: j})
			}
		}
	}
	if len(hits) == 0 {
		return render.None
	}
	for k, h := range hits {
		if h == after {
			return hits[(k+1)%len(hits)]
		}
	}
	return hits[0]
}
