package store

import (
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// twoFirstKhoroos are the 1st khoroos of two districts, side by side:
//
//	+---------+---------+
//	| СБД 1-р | БГД 1-р |   x = 106.90 .. 106.91 .. 106.92
//	+---------+---------+
func twoFirstKhoroos() *geo.Layer {
	l := &geo.Layer{Source: "khoroos.geojson", Kind: geo.Polygons, NameField: "khoroo"}
	for i, d := range []string{"Сүхбаатар", "Баянгол"} {
		x := 106.90 + 0.01*float64(i)
		var pr geo.Props
		pr.Set("district", d)
		pr.Set("khoroo", "1-р хороо")
		ring := orb.Ring{{x, 47.90}, {x + 0.01, 47.90}, {x + 0.01, 47.91}, {x, 47.91}, {x, 47.90}}
		l.Features = append(l.Features, geo.Feature{Name: "1-р хороо", Props: pr, Geometry: orb.MultiPolygon{{ring}}})
	}
	l.ComputeBound()
	return l
}

// A project written before khoroos had keys (no khoroo_key or district
// column, 17 categories) opens with the columns added, every annotation's
// places assigned again with their district, and the health categories.
func TestUpgradeKeysPlacesAndAddsCategories(t *testing.T) {
	p := newProject(t)
	path := p.Path()
	_, err := p.AddLayer(twoFirstKhoroos(), geo.RoleKhoroo)
	must(t, err)
	pts := []annot.Point{
		{Meta: annot.NewMeta("a", time.Now()), Category: "school", Status: annot.Working, Location: orb.Point{106.905, 47.905}},
		{Meta: annot.NewMeta("a", time.Now()), Category: "school", Status: annot.Working, Location: orb.Point{106.915, 47.905}},
	}
	gap := annot.Gap{Meta: annot.NewMeta("a", time.Now()), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open,
		Geometry: annot.NewArea([]orb.Point{{106.912, 47.902}, {106.918, 47.902}, {106.918, 47.908}})}
	must(t, p.ApplyAll([]annot.Change{{NewPoint: &pts[0]}, {NewPoint: &pts[1]}, {NewGap: &gap}}))
	for _, table := range annotationTables {
		for _, col := range []string{"khoroo_key", "district"} {
			if _, err := p.db.Exec(`ALTER TABLE ` + table + ` DROP COLUMN ` + col); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, q := range []string{`DELETE FROM settings`, `DELETE FROM categories WHERE id IN ('hospital', 'pharmacy', 'clinic', 'dentist')`, `UPDATE service_points SET khoroo = '1-р хороо'`} {
		if _, err := p.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	p.Close()
	p = newProjectAt(t, path)
	defer p.Close()
	s, err := p.Load()
	must(t, err)
	keys := map[string]string{}
	for _, pt := range s.Points {
		keys[pt.KhorooKey] = pt.District
	}
	if len(keys) != 2 || keys["sbd:1"] != "Сүхбаатар" || keys["bgd:1"] != "Баянгол" {
		t.Errorf("points' places after the upgrade: %v", keys)
	}
	if g := s.Gaps[0]; g.KhorooKey != "bgd:1" || g.District != "Баянгол" {
		t.Errorf("the gap area's places: %+v", g.Places)
	}
	if len(s.Categories) != len(annot.DefaultCategories()) {
		t.Errorf("%d categories after the upgrade", len(s.Categories))
	}
}

// A default category the users deleted stays deleted at the next opening.
func TestDeletedDefaultCategoryStaysDeleted(t *testing.T) {
	p := newProject(t)
	path := p.Path()
	c, _ := (&annot.Set{Categories: annot.DefaultCategories()}).Category("pharmacy")
	must(t, p.Apply(annot.Change{OldCategory: &c}))
	p.Close()
	p = newProjectAt(t, path)
	defer p.Close()
	cats, err := p.Categories()
	must(t, err)
	if len(cats) != len(annot.DefaultCategories())-1 {
		t.Errorf("%d categories: the deleted one came back", len(cats))
	}
}
