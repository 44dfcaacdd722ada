package app

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/render"
)

// coverageEnv is what the coverage panel gets from the window.
func (ui *UI) coverageEnv() coverageEnv {
	return coverageEnv{win: ui.win, ws: ui.ws, lang: func() string { return langCode(ui.app) },
		categories: ui.visibleCategories, areas: ui.coverageAreas, saveSetting: ui.saveSetting,
		background: func(f func()) { ui.background(f) }, redraw: ui.sceneChanged, showArea: ui.showArea, edit: ui.edit,
		selectAnnot: ui.selectAnnotation, author: ui.author, pickSave: ui.pickSave}
}

// coverageAreas are the areas of a kind in the boundary layers: the shown
// ones, or every one with hidden set (see coverage.AreasOfRole).
func (ui *UI) coverageAreas(role geo.Role, hidden bool) []coverage.Area {
	return coverage.AreasOfRole(ui.layers.coverageLayers(), role, hidden)
}

// showArea zooms to an area of a boundary layer and selects it, so the
// info panel shows it rather than what was selected before.
func (ui *UI) showArea(a coverage.Area) {
	ui.Map.FitBound(a.Geometry.Bound())
	for i, ml := range ui.layers.list {
		for j, f := range ml.layer.Features {
			if mp, ok := f.Geometry.(orb.MultiPolygon); ok && sameRings(mp, a.Geometry) {
				ui.selectFeature(render.Selection{Layer: i, Feature: j})
				return
			}
		}
	}
	ui.selectFeature(render.None)
}

// sameRings tells whether two multipolygons are the same one in memory
// (coverage.AreasOf keeps the layer's geometry, not a copy).
func sameRings(a, b orb.MultiPolygon) bool {
	return len(a) > 0 && len(a) == len(b) && len(a[0]) > 0 && len(b[0]) > 0 && &a[0][0] == &b[0][0]
}
