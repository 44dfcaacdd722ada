package phoneform_test

import (
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/phoneform"
)

var now = time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)

func TestApply(t *testing.T) {
	koboCodes := phoneform.Guess(table(t, "kobo.csv", kobo).Header)
	koboCodes.Codes = map[string]string{"1": "water_kiosk", "2": "school"}
	odkMap := phoneform.Guess(table(t, "odk.csv", odk).Header)
	fixed := phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Уртраг2", Name: "Байгууллага", Category: "Ангилал", GapKind: "Асуудал"}
	for _, tc := range []struct {
		name, data string
		m          phoneform.Mapping
		points     []string // name=category status observed
		gaps       []string // kind
		refused    []phoneform.Refusal
	}{
		{"kobo.csv", kobo, koboCodes, []string{"Ус түгээх 3-р байр=water_kiosk working 2026-01-12", "Эмийн сан=pharmacy working 2026-01-13"}, nil,
			[]phoneform.Refusal{{Row: 2, Reason: phoneform.NoPosition}}},
		{"kobo-guess.csv", kobo, phoneform.Guess(table(t, "kobo.csv", kobo).Header), []string{"Ус түгээх 3-р байр=water_kiosk working 2026-01-12", "Эмийн сан=pharmacy working 2026-01-13"}, nil,
			[]phoneform.Refusal{{Row: 2, Reason: phoneform.NoPosition}}},
		{"odk.csv", odk, odkMap, []string{"Ус түгээх 3-р байр=water_kiosk broken 2026-01-12"}, nil,
			[]phoneform.Refusal{{Row: 2, Reason: phoneform.NotNumbers}}},
		{"labels.csv", "Үйлчилгээний төрөл;Нэр;Төлөв;Байршил;_uuid\nСургууль;45-р сургууль;Эвдэрсэн;47.9 106.9 0 5;u1\n",
			phoneform.Guess([]string{"Үйлчилгээний төрөл", "Нэр", "Төлөв", "Байршил", "_uuid"}), []string{"45-р сургууль=school broken "}, nil, nil},
		{"renamed.csv", renamed, fixed, []string{"Ус түгээх 3-р байр=water_kiosk working "}, []string{"no_lighting"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := phoneform.Apply(table(t, "f.csv", tc.data), tc.m, phoneform.Options{Categories: cats, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			var got, gaps []string
			for _, p := range res.Points {
				got = append(got, p.Name+"="+p.Category+" "+string(p.Status)+" "+p.Observed)
			}
			for _, g := range res.Gaps {
				gaps = append(gaps, string(g.Kind))
			}
			if strings.Join(got, "|") != strings.Join(tc.points, "|") || strings.Join(gaps, "|") != strings.Join(tc.gaps, "|") {
				t.Errorf("points %q, gaps %q", got, gaps)
			}
			if len(res.Refused) != len(tc.refused) || (len(tc.refused) > 0 && res.Refused[0] != tc.refused[0]) {
				t.Errorf("refused %v, want %v", res.Refused, tc.refused)
			}
		})
	}
}

// The numeric select_one codes mean nothing without the mapping: the
// point's name is looked at instead (a water kiosk by its words).
func TestApplyCodesMatter(t *testing.T) {
	tab := table(t, "kobo.csv", kobo)
	m := phoneform.Guess(tab.Header)
	m.Codes = map[string]string{"1": "school"}
	res, err := phoneform.Apply(tab, m, phoneform.Options{Categories: cats, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if res.Points[0].Category != "school" || res.Points[0].Location != (orb.Point{106.9172, 47.9181}) {
		t.Errorf("%+v", res.Points[0])
	}
}

// A submission imported again keeps its ID: the import updates it.
func TestApplySameIDs(t *testing.T) {
	tab := table(t, "kobo.csv", kobo)
	m := phoneform.Guess(tab.Header)
	a, _ := phoneform.Apply(tab, m, phoneform.Options{Categories: cats, Now: now})
	m.Name = "start" // another name: the same submission keys
	b, _ := phoneform.Apply(tab, m, phoneform.Options{Categories: cats, Now: now.Add(time.Hour)})
	if a.Points[0].ID != b.Points[0].ID || a.Points[0].ID == a.Points[1].ID {
		t.Errorf("%s %s %s", a.Points[0].ID, b.Points[0].ID, a.Points[1].ID)
	}
}

func TestCheck(t *testing.T) {
	tab := table(t, "renamed.csv", renamed)
	for _, tc := range []struct {
		name string
		m    phoneform.Mapping
		want []string // one line each
	}{
		{"guess", phoneform.Guess(tab.Header), []string{"no position"}},
		{"half", phoneform.Mapping{Lat: "Өргөрөг2"}, []string{"“Өргөрөг2” is chosen for Latitude alone"}},
		{"same", phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Өргөрөг2"}, []string{"“Өргөрөг2” is chosen for both"}},
		{"gone", phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Уртраг2", Name: "name", Photos: []string{"photo"}},
			[]string{"“name” chosen for Name is not in the file", "“photo” chosen for Photo is not in the file"}},
		{"code", phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Уртраг2", Category: "Ангилал", Codes: map[string]string{"water_kiosk": "kiosk"}},
			[]string{"value “water_kiosk” of the column “Ангилал” is mapped to the category “kiosk”"}},
		{"good", phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Уртраг2", Category: "Ангилал", Codes: map[string]string{"water_kiosk": "school"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.m.Check(tab, cats)
			var lines []string
			if err != nil {
				lines = strings.Split(err.Error(), "\n")
			}
			if len(lines) != len(tc.want) {
				t.Fatalf("%q", lines)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(lines[i], "phoneform: renamed.csv: ") || !strings.Contains(lines[i], w) {
					t.Errorf("%q, want %q", lines[i], w)
				}
			}
			if _, err := phoneform.Apply(tab, tc.m, phoneform.Options{Categories: cats}); (err == nil) != (tc.want == nil) {
				t.Errorf("Apply: %v", err)
			}
		})
	}
}

// A KoBo GeoJSON export's geometry is the position when no column is chosen.
func TestApplyGeoJSON(t *testing.T) {
	tab := table(t, "kobo.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.9172,47.9181,1350]},"properties":{"place/name":"Ус түгээх","place/category":"water_kiosk","_uuid":"u-1"}}]}`)
	res, err := phoneform.Apply(tab, phoneform.Guess(tab.Header), phoneform.Options{Categories: cats})
	if err != nil || len(res.Points) != 1 || res.Points[0].Category != "water_kiosk" || res.Points[0].Location != (orb.Point{106.9172, 47.9181}) {
		t.Fatalf("%v %+v", err, res)
	}
}
