package annot

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// square is a unit square at (x, y) as a one-feature-per-square layer:
//
//	+----+----+
//	| A1 | B1 |   A1: "1-р хороо" of Сүхбаатар, B1: "1-р хороо" with no
//	+----+----+   district attribute, lying in the district layer's Баянгол
func squares(role geo.Role, names []string, props []geo.Props) *geo.Layer {
	l := &geo.Layer{Kind: geo.Polygons, Source: "x.geojson"}
	for i, n := range names {
		x := float64(i)
		ring := orb.Ring{{x, 0}, {x + 1, 0}, {x + 1, 1}, {x, 1}, {x, 0}}
		l.Features = append(l.Features, geo.Feature{Name: n, Props: props[i], Geometry: orb.MultiPolygon{{ring}}})
	}
	l.ComputeBound()
	return l
}

func TestAssignKeysKhoroosByDistrict(t *testing.T) {
	var sbd geo.Props
	sbd.Set("district", "Сүхбаатар")
	khoroos := squares(geo.RoleKhoroo, []string{"1-р хороо", "1-р хороо"}, []geo.Props{sbd, nil})
	districts := squares(geo.RoleDistrict, []string{"Сүхбаатар", "Баянгол дүүрэг"}, []geo.Props{nil, nil})
	a := NewAssigner([]Boundary{{khoroos, geo.RoleKhoroo}, {districts, geo.RoleDistrict}})
	for _, tc := range []struct {
		at            orb.Point
		key, district string
	}{
		{orb.Point{0.5, 0.5}, "sbd:1", "Сүхбаатар"},
		{orb.Point{1.5, 0.5}, "bgd:1", "Баянгол"},
		{orb.Point{5, 5}, "", ""},
	} {
		pl := a.At(tc.at)
		if pl.KhorooKey != tc.key || pl.District != tc.district {
			t.Errorf("at %v: %+v; want %s in %s", tc.at, pl, tc.key, tc.district)
		}
	}
	// no khoroo layer: the district is still known
	if pl := NewAssigner([]Boundary{{districts, geo.RoleDistrict}}).At(orb.Point{1.5, 0.5}); pl.District != "Баянгол" || pl.KhorooKey != "" {
		t.Errorf("districts only: %+v", pl)
	}
}

// The 207 real health points fall in khoroos of several districts that
// share numbers: grouped by key there are more groups than by name.
func TestAssignRealHealthPointsByKey(t *testing.T) {
	khoroos, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	health, err := load.File(realdata.File(t, "c2m2_mobile/mongoliahealth.json"), load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	a := NewAssigner([]Boundary{{khoroos, geo.RoleKhoroo}})
	byKey, byName := map[string]int{}, map[string]int{}
	for _, f := range health.Features {
		pl := a.At(f.Geometry.(orb.Point))
		if pl.Khoroo == "" {
			continue
		}
		if pl.District == "" || pl.KhorooKey == "" {
			t.Fatalf("%v: %+v", f.Geometry, pl)
		}
		byKey[pl.KhorooKey]++
		byName[pl.Khoroo]++
	}
	if len(byKey) <= len(byName) {
		t.Errorf("%d keys, %d names: same-numbered khoroos of different districts were merged", len(byKey), len(byName))
	}
}
