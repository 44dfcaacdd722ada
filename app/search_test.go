package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// The search box understands the city's names (issue 16): in a layer of
// the city's KML, "sukhbaatar 6" selects СБД_06, not СБД_04 whose
// OBJECTID_1 is 6, and says which match it shows.
func TestSearchCityNames(t *testing.T) {
	ui := newTestUI(t, 1)
	square := func(x float64) orb.MultiPolygon {
		return orb.MultiPolygon{{{{x, 47.9}, {x + 0.01, 47.9}, {x + 0.01, 47.91}, {x, 47.91}, {x, 47.9}}}}
	}
	l := &geo.Layer{Source: "sbd.kml", Features: []geo.Feature{
		{Name: "СБД_04", Props: geo.Props{{Key: "OBJECTID_1", Value: "6"}, {Key: "DUUREG", Value: "Сүхбаатар"}}, Geometry: square(106.9)},
		{Name: "СБД_06", Props: geo.Props{{Key: "OBJECTID_1", Value: "43"}, {Key: "DUUREG", Value: "Сүхбаатар"}}, Geometry: square(106.92)},
	}}
	l.ComputeBound()
	ui.layers.add(l, geo.RoleKhoroo)
	for _, q := range []string{"sukhbaatar 6", "сбд 06", "сүхбаатар 6-р хороо"} {
		ui.search.SetText("")
		test.Type(ui.search, q)
		ui.search.OnSubmitted(ui.search.Text)
		if _, f := ui.layers.feature(ui.layers.selected); f == nil || f.Name != "СБД_06" {
			t.Errorf("%q selected %v, want СБД_06", q, f)
		}
		if want := "Match 1 / 2: СБД_06 (Сүхбаатар)"; ui.status.Text != want {
			t.Errorf("%q: status %q, want %q", q, ui.status.Text, want)
		}
	}
}
