package search

import (
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// realIndex indexes real files, in the order given.
func realIndex(t testing.TB, files ...string) *Index {
	t.Helper()
	ix := &Index{}
	for _, f := range files {
		l, err := load.File(realdata.File(t, f), load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ix.Add(Title(l), geo.InferRole(l), Items(l))
	}
	return ix
}

const (
	sbdKML   = "khoroo_kml_ublight_2021/sbd.kml"
	khoroos  = "khoroo-map/khoroos.geojson"
	c2m2SBD  = "c2m2_backend/adminLevel3/Sükhbaatar.json"
	c2m2KhUD = "c2m2_backend/adminLevel3/Khan Uul.json"
)

// The queries of issue 16 put the 6th khoroo of Сүхбаатар first in every
// way the city's files write it.
func TestRealFind(t *testing.T) {
	kmls := []string{"bgd.kml", "bhd.kml", "bnd.kml", "bzd.kml", "chd.kml", "hud.kml", "nad.kml", "sbd.kml", "shd.kml"}
	for i, k := range kmls {
		kmls[i] = "khoroo_kml_ublight_2021/" + k
	}
	c2m2, _ := filepath.Glob(filepath.Join(realdata.Dir(t), "c2m2_backend/adminLevel3/*.json"))
	for i, f := range c2m2 {
		c2m2[i], _ = filepath.Rel(realdata.Dir(t), f)
	}
	cases := []struct {
		name         string
		files        []string
		queries      []string
		first, distr string
	}{
		{"city KML", []string{sbdKML}, []string{"sukhbaatar 6", "сбд 06", "сүхбаатар 6-р хороо", "06", "SB_06"}, "СБД_06", "Сүхбаатар"},
		{"all city KMLs", kmls, []string{"sukhbaatar 6", "сбд 06", "сүхбаатар 6-р хороо"}, "СБД_06", "Сүхбаатар"},
		{"KMLs, Khan-Uul by its file name", kmls, []string{"ХУД 14", "khan uul 14-r khoroo"}, "14", "Хан-Уул"},
		{"KMLs, Bayanzurkh by its file name", kmls, []string{"БЗД 26", "bayanzurkh 26-r khoroo", "bzd 26"}, "26-р хороо", "Баянзүрх"},
		{"KMLs, Nalaikh", kmls, []string{"nalaikh 2", "НД 2-р хороо"}, "НД_2", "Налайх"},
		{"KMLs, Songinokhairkhan", kmls, []string{"СХД_3", "skhd 03", "songino khairkhan 3"}, "СХД_03", "Сонгинохайрхан"},
		{"khoroos.geojson", []string{khoroos}, []string{"sukhbaatar 6", "сбд 06", "сүхбаатар 6-р хороо"}, "6-р хороо", "Сүхбаатар"},
		{"khoroos.geojson, 43rd", []string{khoroos}, []string{"bayanzurkh 43-r", "БЗД 43"}, "43-р хороо", "Баянзүрх"},
		{"c2m2 13-хороо", []string{c2m2SBD}, []string{"сүхбаатар 6-р хороо", "sukhbaatar 6"}, "6-хороо", "Сүхбаатар"},
		{"c2m2 14-р хороо", []string{c2m2KhUD}, []string{"хан-уул 14-р хороо", "KhUD 14", "14"}, "14-р хороо", "Хан-Уул"},
		{"all c2m2 files", c2m2, []string{"сүхбаатар 6-р хороо", "sukhbaatar 6", "сбд 06"}, "6-хороо", "Сүхбаатар"},
		{"kind word over leftover attributes", []string{"c2m2_backend/Ulaanbaatar_districts.geojson", sbdKML}, []string{"sukhbaatar khoroo", "сүхбаатар хороо"}, "СБД_01", "Сүхбаатар"},
		{"district word", []string{sbdKML, "c2m2_backend/Ulaanbaatar_districts.geojson"}, []string{"сүхбаатар дүүрэг", "sukhbaatar district"}, "Сүхбаатар", "Сүхбаатар"},
		{"khoroo before district", []string{"c2m2_backend/Ulaanbaatar_districts.geojson", sbdKML}, []string{"sukhbaatar 6"}, "СБД_06", "Сүхбаатар"},
	}
	for _, tc := range cases {
		ix := realIndex(t, tc.files...)
		for _, q := range tc.queries {
			t.Run(tc.name+"/"+q, func(t *testing.T) {
				ms := ix.Find(q)
				if len(ms) == 0 {
					t.Fatalf("%q finds nothing", q)
				}
				if m := ms[0]; m.Name != tc.first || m.District != tc.distr {
					t.Errorf("%q finds first %q in %q (%s; %s), want %q in %q", q, m.Name, m.District, m.Title, m.Why(), tc.first, tc.distr)
				}
			})
		}
	}
}

// On the 204 khoroos, a district and a number find that one khoroo whole,
// then the khoroos whose number starts with it.
func TestRealFindWhole(t *testing.T) {
	ix := realIndex(t, khoroos)
	for q, want := range map[string][2]int{"sukhbaatar 6-r khoroo": {1, 1}, "Баянзүрх": {43, 43}, "bayanzurkh 43-r": {1, 1}, "bzd 4": {1, 5}} {
		ms := ix.Find(q)
		whole := 0
		for _, m := range ms {
			if m.WholeWords == len(parseQuery(q).words) {
				whole++
			}
		}
		if whole != want[0] || len(ms) != want[1] {
			t.Errorf("%q finds %d khoroos whole of %d, want %d of %d", q, whole, len(ms), want[0], want[1])
		}
	}
}

// Every one of the 204 khoroos is found first by its district and number,
// however they are written: "Сүхбаатар 6", "sukhbaatar 6-r khoroo",
// "СБД 06".
func TestRealEveryKhoroo(t *testing.T) {
	l, err := load.File(realdata.File(t, khoroos), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix := &Index{}
	ix.Add(Title(l), geo.RoleKhoroo, Items(l))
	abbr := map[string]string{"Сүхбаатар": "СБД", "Баянзүрх": "БЗД", "Хан-Уул": "ХУД", "Чингэлтэй": "ЧД", "Баянгол": "БГД",
		"Сонгинохайрхан": "СХД", "Налайх": "НД", "Багануур": "БНД", "Багахангай": "БХД"}
	for i, f := range l.Features {
		d, n := f.Props.Text("district"), f.Props.Text("khoroo_number")
		for _, q := range []string{d + " " + n, geo.Transliterate(d) + " " + n + "-r khoroo", abbr[d] + " 0" + n} {
			ms := ix.Find(q)
			if len(ms) == 0 || ms[0].Feature != i {
				t.Errorf("%q: first match %v, want %s %s", q, firstName(ms), d, f.Name)
			}
		}
	}
}

func firstName(ms []Match) string {
	if len(ms) == 0 {
		return "none"
	}
	return ms[0].Name + " " + ms[0].District
}

// With all the city's KMLs in one index, and with all the c2m2 khoroo
// files in another, every khoroo that states its district and number
// (DUUREG and KHOROOID, duureg and khoroo) is found first by them.
func TestRealEveryFileKhoroo(t *testing.T) {
	everyFirst(t, "khoroo_kml_ublight_2021/*.kml", "DUUREG", "KHOROOID", 120)
	everyFirst(t, "c2m2_backend/adminLevel3/*.json", "duureg", "khoroo", 150)
}

// everyFirst indexes the files matching pattern and checks that each
// feature with a district and a number is found first by "district
// number" and by "district number-r khoroo" in Latin; at least min
// features must have both.
func everyFirst(t *testing.T, pattern, districtKey, numberKey string, min int) {
	files, _ := filepath.Glob(filepath.Join(realdata.Dir(t), filepath.FromSlash(pattern)))
	ix, n := &Index{}, 0
	var all []*geo.Layer
	for _, f := range files {
		l, err := load.File(f, load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ix.Add(Title(l), geo.RoleKhoroo, Items(l))
		all = append(all, l)
	}
	for _, l := range all {
		for _, f := range l.Features {
			d, k := f.Props.Text(districtKey), f.Props.Text(numberKey)
			if d == "" || k == "" {
				continue
			}
			n++
			for _, q := range []string{d + " " + k, geo.Transliterate(d) + " " + k + "-r khoroo"} {
				if ms := ix.Find(q); len(ms) == 0 || ms[0].Name != f.Name || ms[0].District != d {
					t.Errorf("%s: %q: first match %s, want %s %s", pattern, q, firstName(ms), f.Name, d)
				}
			}
		}
	}
	if n < min {
		t.Errorf("%s: only %d khoroos state their district and number, want %d", pattern, n, min)
	}
}
