// Package realcase loads the real test case the counting tests share: the
// 204 real khoroos and the 207 real health points imported as service
// points (see geo/internal/realdata: tests skip without the files).
package realcase

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// Khoroos reads khoroo-map/khoroos.geojson.
func Khoroos(t testing.TB) *geo.Layer {
	t.Helper()
	l, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// Health is the real health points imported into a set of the default
// categories, with each point's location and category for independent
// counts (see geo/internal/pip).
func Health(t testing.TB) (s *annot.Set, locs []orb.Point, cats []string) {
	t.Helper()
	h, err := load.File(realdata.File(t, "c2m2_mobile/mongoliahealth.json"), load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	s = &annot.Set{Categories: annot.DefaultCategories()}
	if s.Points, err = exchange.Points(h, exchange.Options{Categories: s.Categories}); err != nil {
		t.Fatal(err)
	}
	for _, p := range s.Points {
		locs, cats = append(locs, p.Location), append(cats, p.Category)
	}
	return s, locs, cats
}
