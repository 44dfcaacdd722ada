package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/coverage"
)

// layersChanged redraws the map after a boundary layer was added,
// removed, hidden or given another kind, and has the coverage panel
// follow.
func (ui *UI) layersChanged() {
	ui.sceneChanged()
	if ui.cover != nil {
		ui.cover.areasChanged()
	}
}

// areasChanged works the shown analysis out again when the areas it
// counted are no longer those shown; when none of the kind is left, the
// results are taken away and the panel says why.
func (p *coveragePanel) areasChanged() {
	if p.catID == "" {
		return
	}
	now := p.env.areas(p.byRole, false)
	if sameAreas(now, p.areas) {
		return
	}
	if len(now) == 0 {
		p.clearResults(lang.L("The boundary layers changed: no areas of this kind are shown, so the results were taken away."))
		return
	}
	p.run(p.catID, p.metres, p.byRole, lang.L("Worked out again after the boundary layers changed."))
}

// clearResults takes the analysis off the panel and the map, saying why.
func (p *coveragePanel) clearResults(why string) {
	p.results, p.chosen, p.catID, p.used, p.areas, p.shaded = nil, -1, "", nil, nil, nil
	p.makeGap.Disable()
	p.detail.Hide()
	p.list.UnselectAll()
	p.list.Refresh()
	p.status.SetText(why)
	p.env.redraw()
}

// sameAreas tells whether a and b are the same areas of the same layers,
// in the same order.
func sameAreas(a, b []coverage.Area) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameRings(a[i].Geometry, b[i].Geometry) {
			return false
		}
	}
	return true
}
