package search

import (
	"fmt"
	"slices"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// kml is a made-up piece of the city's KML: names "СБД_NN", the district
// in DUUREG and a numbered OBJECTID_1 that is not the khoroo's number.
func kml() []Item {
	k := func(name, obj, id string) Item {
		return Item{Name: name, Props: geo.Props{{Key: "OBJECTID_1", Value: obj}, {Key: "KH_MON", Value: name}, {Key: "DUUREG", Value: "Сүхбаатар"}, {Key: "KHOROOID", Value: id}, {Key: "Shape_STAr", Value: "61234.5"}}}
	}
	return []Item{k("СБД_04", "6", "4"), k("СБД_06", "43", "6"), k("СБД_16", "12", "16")}
}

// columns is a made-up khoroo layer that keeps the district in its own column.
func columns() []Item {
	k := func(district, name string, n float64) Item {
		return Item{Name: name, Props: geo.Props{{Key: "district", Value: district}, {Key: "khoroo", Value: name}, {Key: "khoroo_number", Value: n}}}
	}
	return []Item{k("Баянгол", "6-р хороо", 6), k("Сүхбаатар", "16-р хороо", 16), k("Сүхбаатар", "60-р хороо", 60), k("Сүхбаатар", "6-р хороо", 6)}
}

func names(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
		if m.District != "" {
			out[i] += " " + m.District
		}
	}
	return out
}

func TestFind(t *testing.T) {
	one := func(title string, items []Item) *Index {
		ix := &Index{}
		ix.Add(title, geo.RoleKhoroo, items)
		return ix
	}
	cases := []struct {
		name  string
		ix    *Index
		query string
		want  []string
	}{
		{"Latin district and number", one("sbd.kml", kml()), "sukhbaatar 6", []string{"СБД_06 Сүхбаатар", "СБД_04 Сүхбаатар"}},
		{"abbreviation, padded", one("sbd.kml", kml()), "сбд 06", []string{"СБД_06 Сүхбаатар", "СБД_04 Сүхбаатар"}},
		{"number alone", one("sbd.kml", kml()), "06", []string{"СБД_06 Сүхбаатар", "СБД_04 Сүхбаатар"}},
		{"-р хороо", one("sbd.kml", kml()), "сүхбаатар 6-р хороо", []string{"СБД_06 Сүхбаатар", "СБД_04 Сүхбаатар"}},
		{"KH_ENG spelling", one("sbd.kml", kml()), "SB_16", []string{"СБД_16 Сүхбаатар"}},
		{"whole before partial", one("khoroos", columns()), "sukhbaatar 6", []string{"6-р хороо Сүхбаатар", "60-р хороо Сүхбаатар"}},
		{"-r khoroo", one("khoroos", columns()), "6-r khoroo", []string{"6-р хороо Баянгол", "6-р хороо Сүхбаатар", "60-р хороо Сүхбаатар"}},
		{"only kind words", one("khoroos", columns()), "хороо", []string{"6-р хороо Баянгол", "16-р хороо Сүхбаатар", "60-р хороо Сүхбаатар", "6-р хороо Сүхбаатар"}},
		{"kind word alone, from the layer's role", one("sbd.kml", kml()), "хороо", []string{"СБД_04 Сүхбаатар", "СБД_06 Сүхбаатар", "СБД_16 Сүхбаатар"}},
		{"wrong district", one("khoroos", columns()), "bayanzurkh 6", nil},
		{"layer title names the district", one("hud.kml", []Item{{Name: "14"}, {Name: "Untitled polygon"}}), "хан-уул 14", []string{"14 Хан-Уул"}},
		{"empty", one("sbd.kml", kml()), " - ", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := names(tc.ix.Find(tc.query)); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

// A match in the name ranks before one in another property; on equal
// matches the layer added first comes first.
func TestFindRank(t *testing.T) {
	ix := &Index{}
	ix.Add("notes", geo.RolePoints, []Item{{Name: "Баянгол", Props: geo.Props{{Key: "note", Value: "near Сүхбаатар"}}}})
	ix.Add("districts", geo.RoleDistrict, []Item{{Name: "Sükhbaatar"}})
	ix.Add("more districts", geo.RoleDistrict, []Item{{Name: "Сүхбаатар дүүрэг"}})
	got := ix.Find("сүхбаатар")
	want := []string{"districts Sükhbaatar", "more districts Сүхбаатар дүүрэг", "notes Баянгол"}
	var have []string
	for _, m := range got {
		have = append(have, m.Title+" "+m.Name)
	}
	if !slices.Equal(have, want) {
		t.Errorf("order %q, want %q", have, want)
	}
}

// A name the query covers whole comes before one with words left over,
// even from a layer below.
func TestFindCloserName(t *testing.T) {
	ix := &Index{}
	ix.Add("sbd.kml", geo.RoleKhoroo, kml())
	ix.Add("districts", geo.RoleDistrict, []Item{{Name: "Сүхбаатар дүүрэг"}})
	if ms := ix.Find("сүхбаатар"); len(ms) != 4 || ms[0].Name != "Сүхбаатар дүүрэг" {
		t.Errorf("сүхбаатар finds %q first, want the district of 4 matches", names(ms))
	}
}

// A kind word ranks the layers of that kind first: "сүхбаатар хороо"
// wants khoroos, "сүхбаатар дүүрэг" the district.
func TestFindKind(t *testing.T) {
	ix := &Index{}
	ix.Add("districts", geo.RoleDistrict, []Item{{Name: "Сүхбаатар", Props: geo.Props{{Key: "Khoroo_nam", Value: "6-хороо"}}}})
	ix.Add("ger areas", geo.RoleGerArea, []Item{{Name: "Сүхбаатар хороолол"}}) // a хороолол is no хороо
	ix.Add("sbd.kml", geo.RoleKhoroo, kml()[:1])
	for q, want := range map[string]string{"сүхбаатар хороо": "СБД_04", "sukhbaatar khoroo": "СБД_04", "сүхбаатар дүүрэг": "Сүхбаатар", "сүхбаатар": "Сүхбаатар"} {
		if ms := ix.Find(q); len(ms) != 3 || ms[0].Name != want {
			t.Errorf("%q finds %q, want %s first of 3", q, names(ms), want)
		}
	}
}

func TestWhy(t *testing.T) {
	ix := &Index{}
	ix.Add("sbd.kml", geo.RoleKhoroo, kml())
	ms := ix.Find("sukhbaatar 6")
	for i, want := range []string{`name "СБД_06"`, `name "СБД_04", OBJECTID_1 "6"`} {
		if got := ms[i].Why(); got != want {
			t.Errorf("match %d (%s): Why() = %s, want %s", i, ms[i].Name, got, want)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		m    Match
		want string
	}{
		{Match{Item: Item{Name: "СБД_06"}, District: "Сүхбаатар"}, "СБД_06 (Сүхбаатар)"},
		{Match{Item: Item{Name: "Sükhbaatar"}, District: "Сүхбаатар"}, "Sükhbaatar"},
		{Match{Item: Item{Name: "14"}}, "14"},
	} {
		if got := tc.m.Label(); got != tc.want {
			t.Errorf("Label() = %q, want %q", got, tc.want)
		}
	}
}

func ExampleIndex_Find() {
	ix := &Index{}
	ix.Add("sbd.kml", geo.RoleKhoroo, []Item{{Name: "СБД_04", Props: geo.Props{{Key: "OBJECTID_1", Value: "6"}}}, {Name: "СБД_06"}})
	for _, m := range ix.Find("сүхбаатар 6-р хороо") {
		fmt.Println(m.Name, m.District, "|", m.Why())
	}
	// Output:
	// СБД_06 Сүхбаатар | name "СБД_06"
	// СБД_04 Сүхбаатар | name "СБД_04", OBJECTID_1 "6"
}
