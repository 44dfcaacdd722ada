package search

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/streets"
)

// Их тойруу in two ways, Peace Avenue named in three languages, an
// unnamed track and a building with a name:
//
//	   Их тойруу (1)      Их тойруу (2)
//	o-----------------o-----------------o   47.9000
//	      * kiosk 20 m north               (47.9002)
//	      * kiosk 200 m north              (47.9018)
//	o-----------------------------------o   47.9100  Энхтайваны өргөн чөлөө
func testStreets() *streets.Set {
	return streets.NewSet([]streets.Feature{
		{ID: 1, Class: streets.Street, Name: "Их тойруу", Geometry: orb.LineString{{106.90, 47.90}, {106.91, 47.90}}},
		{ID: 2, Class: streets.Street, Name: "Их тойруу", Geometry: orb.LineString{{106.91, 47.90}, {106.92, 47.90}}},
		{ID: 3, Class: streets.Primary, Name: "Энхтайваны өргөн чөлөө", NameMN: "Энхтайваны өргөн чөлөө", NameEN: "Peace Avenue",
			Geometry: orb.LineString{{106.90, 47.91}, {106.92, 47.91}}},
		{ID: 4, Class: streets.Track, Geometry: orb.LineString{{106.90, 47.905}, {106.92, 47.905}}},
		{ID: 5, Class: streets.Building, Name: "Их тойруу 5", Geometry: orb.Polygon{{{106.905, 47.901}, {106.906, 47.901}, {106.906, 47.902}, {106.905, 47.901}}}},
	})
}

func TestStreets(t *testing.T) {
	items, bounds := Streets(testStreets(), "en")
	if len(items) != 2 {
		t.Fatalf("%d items, want Их тойруу once and Peace Avenue: %+v", len(items), items)
	}
	if items[0].Name != "Их тойруу" || bounds[0] != (orb.Bound{Min: orb.Point{106.90, 47.90}, Max: orb.Point{106.92, 47.90}}) {
		t.Errorf("first item %q over %v, want Их тойруу over both its ways", items[0].Name, bounds[0])
	}
	ix := &Index{}
	ix.Add(StreetsTitle, geo.RoleOther, items)
	for q, want := range map[string]string{
		"их тойруу":    "Их тойруу",
		"ikh toiruu":   "Их тойруу",
		"peace avenue": "Peace Avenue",
		"энхтайваны":   "Peace Avenue", // found by name:mn in English
	} {
		ms := ix.Find(q)
		got := ""
		if len(ms) > 0 {
			got = ms[0].Name
		}
		if want != "" && got != want {
			t.Errorf("%q finds %q, want %q", q, got, want)
		}
	}
}

func TestAlongStreets(t *testing.T) {
	s := &annot.Set{Categories: annot.DefaultCategories()}
	s.Points = []annot.Point{
		{Meta: annot.Meta{ID: "near"}, Category: "water_kiosk", Location: orb.Point{106.905, 47.9002}},
		{Meta: annot.Meta{ID: "far"}, Category: "water_kiosk", Location: orb.Point{106.905, 47.9018}},
	}
	items := Annotations(s, "mn")
	AlongStreets(items, s, testStreets(), "mn")
	ix := &Index{}
	ix.Add(AnnotationsTitle, geo.RolePoints, items)
	ms := ix.Find("ус их тойруу")
	if len(ms) != 1 || ms[0].ID != "near" {
		t.Errorf("ус их тойруу finds %+v, want only the kiosk 20 m from it", ms)
	}
	if n := testStreets().NearestStreet(orb.Point{106.905, 47.9018}, 40, "mn"); n != "" {
		t.Errorf("200 m away, the nearest street within 40 m is %q", n)
	}
}
