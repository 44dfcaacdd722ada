package app

import (
	"fmt"

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
		sel, k, n := ui.layers.search(q, last)
		if sel == render.None {
			ui.status.SetText(lang.L("No match for") + " “" + q + "”")
			return
		}
		last = sel
		ui.selectFeature(sel)
		ui.status.SetText(fmt.Sprintf("%s %d / %d", lang.L("Match"), k, n))
		l, f := ui.layers.feature(sel)
		if l != nil {
			ui.Map.FitBound(f.Geometry.Bound())
		}
	}
	return e
}

// search finds the next feature after `after` that matches q (by name or
// text properties, see geo.MatchFeature), top layers first.
// It also returns the match's place among all n matches, from 1.
func (s *layerSet) search(q string, after render.Selection) (sel render.Selection, k, n int) {
	var hits []render.Selection
	for i := len(s.list) - 1; i >= 0; i-- {
		for j := range s.list[i].layer.Features {
			if geo.MatchFeature(&s.list[i].layer.Features[j], q) {
				hits = append(hits, render.Selection{Layer: i, Feature: j})
			}
		}
	}
	if len(hits) == 0 {
		return render.None, 0, 0
	}
	for k, h := range hits {
		if h == after {
			next := (k + 1) % len(hits)
			return hits[next], next + 1, len(hits)
		}
	}
	return hits[0], 1, len(hits)
}
