package search

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// A point lying in the 3rd kheseg comes before one with a 3 in its name
// that lies in another kheseg.
func TestAnnotationsOneField(t *testing.T) {
	s := &annot.Set{Categories: annot.DefaultCategories()}
	s.Points = []annot.Point{
		{Meta: annot.Meta{ID: "name"}, Category: "waste_point", Name: "Хогийн цэг 3", Location: orb.Point{106.9, 47.9}, Places: annot.Places{Kheseg: "2-р хэсэг"}},
		{Meta: annot.Meta{ID: "in"}, Category: "waste_point", Name: "Жалгын хогийн цэг", Location: orb.Point{106.9, 47.9}, Places: annot.Places{Kheseg: "3-р хэсэг"}},
	}
	ix := &Index{}
	ix.Add(AnnotationsTitle, geo.RolePoints, Annotations(s, "mn"))
	if ms := ix.Find("3-р хэсэг"); len(ms) != 2 || ms[0].ID != "in" {
		t.Errorf("3-р хэсэг finds %+v, want the point in it first", ms)
	}
}

// Annotations are found by name, category, notes and the places they lie
// in, and carry their IDs.
func TestAnnotations(t *testing.T) {
	s := &annot.Set{Categories: annot.DefaultCategories()}
	at := func(kheseg string) annot.Places { return annot.Places{Khoroo: "СБД_06", Kheseg: kheseg} }
	s.Points = []annot.Point{
		{Meta: annot.Meta{ID: "a"}, Category: "water_kiosk", Location: orb.Point{106.9, 47.9}, Places: at("3-р хэсэг")},
		{Meta: annot.Meta{ID: "b"}, Category: "water_kiosk", Name: "Ус 2", Location: orb.Point{106.9, 47.9}, Places: at("5-р хэсэг")},
		{Meta: annot.Meta{ID: "c"}, Category: "school", Notes: "3-р хэсгийн хажууд", Location: orb.Point{106.9, 47.9}, Places: at("4-р хэсэг")},
	}
	ix := &Index{}
	ix.Add(AnnotationsTitle, geo.RolePoints, Annotations(s, "mn"))
	for q, want := range map[string][]string{
		"3-р хэсэг":        {"a", "c"},
		"water 3-r kheseg": nil, // names and categories are in Mongolian here
		"ус 3-р хэсэг":     {"a"},
		"сбд 06 сургууль":  {"c"},
		"ус түгээх байр":   {"a", "b"},
	} {
		var got []string
		for _, m := range ix.Find(q) {
			got = append(got, m.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q finds %q, want %q", q, got, want)
		}
	}
}
