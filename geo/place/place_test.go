package place

import (
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

func TestFindDistrict(t *testing.T) {
	for _, tc := range []struct{ in, code string }{
		{"Сүхбаатар", "sbd"}, {"Sükhbaatar", "sbd"}, {"Сухбаатар дүүрэг", "sbd"}, {"СБД", "sbd"},
		{"Khan Uul", "hud"}, {"Хан-Уул", "hud"}, {"hud", "hud"}, {"Songino Khairkhan", "shd"},
		{"Bayanzürkh", "bzd"}, {"НД", "nad"}, {"", ""}, {"Дархан", ""}, {"6-р хороо", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, ok := FindDistrict(tc.in)
			if d.Code != tc.code || ok != (tc.code != "") {
				t.Errorf("FindDistrict(%q) = %q, %v; want %q", tc.in, d.Code, ok, tc.code)
			}
		})
	}
}

func TestKhorooOf(t *testing.T) {
	props := func(kv ...any) geo.Props {
		var p geo.Props
		for i := 0; i < len(kv); i += 2 {
			p.Set(kv[i].(string), kv[i+1])
		}
		return p
	}
	for _, tc := range []struct {
		what, name, source string
		props              geo.Props
		key, label         string
	}{
		{"khoroos.geojson", "1-р хороо", "khoroos.geojson", props("district", "Багануур", "khoroo", "1-р хороо", "khoroo_number", 1.0), "bnd:1", "БНД 1-р хороо"},
		{"city KML", "СБД_06", "sbd.kml", props("KH_MON", "СБД_06", "DUUREG", "Сүхбаатар"), "sbd:6", "СБД_06"},
		{"KML code only", "НД_3", "x.kml", nil, "nad:3", "НД_3"},
		{"c2m2", "13-хороо", "Bayangol.json", props("Khoroo_nam", "13-хороо", "duureg", "Баянгол", "KH_MON", "13"), "bgd:13", "БГД 13-хороо"},
		{"district from the file", "7", "/data/hud.kml", nil, "hud:7", "ХУД 7"},
		{"hand-edited name", "3-?????", "hud.kml", nil, "hud:3", "ХУД 3-?????"},
		{"no district", "Сургалтын 1-р хороо", "sample.geojson", nil, "?:sorgaltyn 1r horoo", "Сургалтын 1-р хороо"},
		{"number from an attribute", "Зүүн", "sbd.kml", props("khoroo_number", 12.0), "sbd:12", "СБД Зүүн"},
	} {
		t.Run(tc.what, func(t *testing.T) {
			k := KhorooOf(&geo.Feature{Name: tc.name, Props: tc.props}, tc.source)
			if k.Key() != tc.key || k.Label() != tc.label {
				t.Errorf("got %q %q, want %q %q", k.Key(), k.Label(), tc.key, tc.label)
			}
		})
	}
}

// TestRealKhoroos keys the 204 real khoroos: every key distinct, 204 of
// them, grouped into the nine districts as the file's district column says.
func TestRealKhoroos(t *testing.T) {
	l, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	keys, perDistrict := map[string]bool{}, map[string]int{}
	for i := range l.Features {
		k := KhorooOf(&l.Features[i], l.Source)
		if k.Number == 0 || k.District.Name != l.Features[i].Props.Text("district") {
			t.Errorf("feature %d (%v): got %+v", i, l.Features[i].Props, k)
		}
		keys[k.Key()] = true
		perDistrict[k.District.Code]++
	}
	if len(keys) != 204 || len(perDistrict) != 9 || perDistrict["sbd"] != 20 || perDistrict["bzd"] != 43 {
		t.Errorf("%d keys, per district %v", len(keys), perDistrict)
	}
}

// TestRealCityKML keys the city's KML files: names like "СБД_06", and
// hud.kml's hand-edited names with its district only in the file name.
func TestRealCityKML(t *testing.T) {
	dir := filepath.Dir(realdata.File(t, "khoroo_kml_ublight_2021/sbd.kml"))
	// hud.kml has 12 "Untitled Polygon"s: they keep name keys
	for name, want := range map[string]int{"sbd.kml": 20, "hud.kml": 12, "bzd.kml": 42, "chd.kml": 19} {
		l, err := load.File(filepath.Join(dir, name), load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		keyed, numbered := map[string]bool{}, 0
		for i := range l.Features {
			k := KhorooOf(&l.Features[i], l.Source)
			if k.District.Code != name[:3] {
				t.Errorf("%s: %q is in %q", name, l.Features[i].Name, k.District.Code)
			}
			if k.Number > 0 {
				numbered++
				keyed[k.Key()] = true
			}
		}
		if numbered != want || len(keyed) != numbered {
			t.Errorf("%s: %d of %d numbered, %d distinct keys", name, numbered, len(l.Features), len(keyed))
		}
		ks := make([]Khoroo, len(l.Features))
		for i := range l.Features {
			ks[i] = KhorooOf(&l.Features[i], l.Source)
		}
		Distinct(ks)
		all := map[string]bool{}
		for _, k := range ks {
			all[k.Key()] = true
		}
		if len(all) != len(l.Features) {
			t.Errorf("%s: %d features, %d distinct keys after Distinct", name, len(l.Features), len(all))
		}
	}
}

// Distinct numbers only the features whose keys collide.
func TestDistinct(t *testing.T) {
	sbd, _ := FindDistrict("sbd")
	ks := []Khoroo{{District: sbd, Name: "Untitled"}, {District: sbd, Number: 6, Name: "6"}, {District: sbd, Name: "Untitled"}, {District: sbd, Name: "Зүүн"}}
	Distinct(ks)
	want := []string{"sbd:ontitled#1", "sbd:6", "sbd:ontitled#3", "sbd:zoon"}
	for i, k := range ks {
		if k.Key() != want[i] {
			t.Errorf("%d: %q, want %q", i, k.Key(), want[i])
		}
	}
}
