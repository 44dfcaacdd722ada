package search

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

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
