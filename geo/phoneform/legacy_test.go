package phoneform_test

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Two months of a kheseg's KoBo exports, as CSV and as GeoJSON: December's
// two submissions, then January's export holding them and one more.
const (
	decemberCSV = "place/name,place/category,place/gps,_uuid,_xform_id_string\n" +
		"Ус түгээх 3-р байр,water_kiosk,47.9181 106.9172 1350 4.5,u-1,aBcD123\n" +
		"45-р сургууль,school,47.9200 106.9300 0 5,u-2,aBcD123\n"
	januaryCSV = decemberCSV + "Эмийн сан,pharmacy,47.9250 106.9400 0 5,u-3,aBcD123\n"
	// decemberODK is ODK Central's CSV; its form has a question "id" (the
	// old import keyed points by it).
	decemberODK = "SubmissionDate,id,name,category,gps-Latitude,gps-Longitude,meta-instanceID\n" +
		"2025-12-12T03:30:00.000Z,17,Ус түгээх 3-р байр,water_kiosk,47.9181,106.9172,uuid:1\n" +
		"2025-12-12T03:40:00.000Z,18,45-р сургууль,school,47.92,106.93,uuid:2\n"
	januaryODK = decemberODK + "2026-01-12T03:30:00.000Z,19,Эмийн сан,pharmacy,47.925,106.94,uuid:3\n"

	featureJSON = `{"type":"Feature","geometry":{"type":"Point","coordinates":[%s]},"properties":{"name":"%s","category":"%s","_uuid":"%s","_xform_id_string":"aBcD123"}}`
)

func geojson(rows ...string) string {
	return `{"type":"FeatureCollection","features":[` + strings.Join(rows, ",") + `]}`
}

var (
	decemberJSON = geojson(feature("106.9172,47.9181", "Ус түгээх 3-р байр", "water_kiosk", "u-1"), feature("106.93,47.92", "45-р сургууль", "school", "u-2"))
	januaryJSON  = geojson(feature("106.9172,47.9181", "Ус түгээх 3-р байр", "water_kiosk", "u-1"), feature("106.93,47.92", "45-р сургууль", "school", "u-2"),
		feature("106.94,47.925", "Эмийн сан", "pharmacy", "u-3"))
)

func feature(at, name, category, uuid string) string {
	return strings.NewReplacer("[%s]", "["+at+"]", `"name":"%s"`, `"name":"`+name+`"`, `"category":"%s"`, `"category":"`+category+`"`,
		`"_uuid":"%s"`, `"_uuid":"`+uuid+`"`).Replace(featureJSON)
}

// An export imported before column mappings (read as any table of points
// and imported with store.Import, as that version did) and its next
// month's export imported through the mapping: the old points are kept
// under their IDs, the new row is added, nothing comes twice, and a third
// import changes nothing.
func TestLegacyReimport(t *testing.T) {
	for _, tc := range []struct{ name, before, after string }{
		{"export.csv", decemberCSV, januaryCSV},
		{"export.geojson", decemberJSON, januaryJSON},
		{"odk.csv", decemberODK, januaryODK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := project(t)
			old := importOld(t, p, tc.name, tc.before)
			first := store.ImportResult{Added: 1, Unchanged: 2}
			if tc.name == "odk.csv" {
				first = store.ImportResult{Added: 1, Updated: 2} // the date seen comes in now
			}
			for i, want := range []store.ImportResult{first, {Unchanged: 3}} {
				got := importMapped(t, p, table(t, tc.name, tc.after))
				if got.Added != want.Added || got.Updated != want.Updated || got.Unchanged != want.Unchanged {
					t.Errorf("import %d: %+v, want %+v", i+1, got, want)
				}
			}
			s, err := p.Load()
			if err != nil || len(s.Points) != 3 {
				t.Fatalf("%v: %d points, want 3", err, len(s.Points))
			}
			for _, id := range old {
				if _, ok := s.Point(id); !ok {
					t.Errorf("the point imported before, %s, is gone", id)
				}
			}
		})
	}
}

// importOld imports data as the import before column mappings did and
// returns the IDs it gave.
func importOld(t *testing.T, p *store.Project, name, data string) []string {
	t.Helper()
	l, err := load.Read(name, strings.NewReader(data), load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := p.Import([]*geo.Layer{l}, nil, "Бат"); err != nil || res.Added != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, pt := range s.Points {
		ids = append(ids, pt.ID)
	}
	return ids
}

// importMapped imports tab through its guessed mapping, as the window
// and the command do.
func importMapped(t *testing.T, p *store.Project, tab *phoneform.Table) store.ImportResult {
	t.Helper()
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	res, err := phoneform.Apply(tab, phoneform.Guess(tab.Header), phoneform.Options{Categories: s.Categories, Now: now, Project: s})
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.ImportAnnotations(res.Points, res.Gaps, nil)
	if err != nil {
		t.Fatal(err)
	}
	return got
}
