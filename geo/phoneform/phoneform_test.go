package phoneform_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// Exports of the same kind of form, as the tools write them.
const (
	// kobo is KoBoToolbox's CSV of a form with a group "place": select_one
	// codes that are numbers (the trainer's own form, not ours), a
	// geopoint in the group, its form ID in every row.
	kobo = "start;end;place/name;place/category;place/gps;_place/gps_latitude;_place/gps_longitude;photo;_uuid;_xform_id_string;_submission_time\n" +
		"2026-01-12;2026-01-12;Ус түгээх 3-р байр;1;47.9181 106.9172 1350 4.5;47.9181;106.9172;IMG_1.jpg;u-1;aBcD123;2026-01-12T03:30:00\n" +
		"2026-01-12;2026-01-12;45-р сургууль;2;;;;;u-2;aBcD123;2026-01-12T03:40:00\n" +
		"2026-01-13;2026-01-13;Эмийн сан;Эмийн сан;47.92 106.92 0 5;47.92;106.92;;u-3;aBcD123;2026-01-13T04:00:00\n"
	// odk is ODK Central's CSV: groups joined by "-", the geopoint split.
	odk = "SubmissionDate,place-name,place-category,place-gps-Latitude,place-gps-Longitude,place-gps-Altitude,place-gps-Accuracy,place-status,meta-instanceID,KEY\n" +
		"2026-01-12T03:30:00.000Z,Ус түгээх 3-р байр,water_kiosk,47.9181,106.9172,1350,4.5,broken,uuid:1,uuid:1\n" +
		"2026-01-12T03:40:00.000Z,Сургууль,school,north,east,,,,uuid:2,uuid:2\n"
	// renamed is a form whose questions have names the guess does not
	// know: a person chooses the columns.
	renamed = "Байгууллага,Ангилал,Өргөрөг2,Уртраг2,Асуудал\n" +
		"Ус түгээх 3-р байр,water_kiosk,47.9181,106.9172,\n" +
		"Гэрэлгүй гудамж,,47.925,106.93,no_lighting\n"
)

func table(t *testing.T, name, data string) *phoneform.Table {
	t.Helper()
	tab, err := phoneform.ReadFrom(name, strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func TestGuess(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       phoneform.Mapping
	}{
		{"kobo.csv", kobo, phoneform.Mapping{Lat: "_place/gps_latitude", Lon: "_place/gps_longitude", Category: "place/category", Name: "place/name",
			Observed: "_submission_time", Photos: []string{"photo"}, ID: "_uuid"}},
		{"odk.csv", odk, phoneform.Mapping{Lat: "place-gps-Latitude", Lon: "place-gps-Longitude", Category: "place-category", Name: "place-name",
			Status: "place-status", Observed: "SubmissionDate", ID: "meta-instanceID"}},
		{"renamed.csv", renamed, phoneform.Mapping{}},
		// KoBo's export "with labels" of the project's own XLSForm
		{"labels.csv", "Үйлчилгээний төрөл;Нэр;Төлөв;Байршил;Зураг;Тэмдэглэл;Харсан огноо;_uuid\nСургууль;45-р сургууль;Ажиллаж байна;47.9 106.9 0 5;;;2026-01-12;u1\n",
			phoneform.Mapping{Geopoint: "Байршил", Category: "Үйлчилгээний төрөл", Name: "Нэр", Status: "Төлөв", Notes: "Тэмдэглэл", Observed: "Харсан огноо", Photos: []string{"Зураг"}, ID: "_uuid"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := phoneform.Guess(table(t, tc.name, tc.data).Header)
			if !equal(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func equal(a, b phoneform.Mapping) bool {
	for _, f := range phoneform.Fields {
		if a.Column(f) != b.Column(f) {
			return false
		}
	}
	return strings.Join(a.Photos, ";") == strings.Join(b.Photos, ";")
}

func TestIsPhoneForm(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{strings.Split(kobo, "\n")[0], true},
		{strings.Split(odk, "\n")[0], true},
		{"name;category;lat;lon", false},
		{strings.Split(renamed, "\n")[0], false},
	} {
		if got := phoneform.IsPhoneForm(strings.FieldsFunc(tc.header, func(r rune) bool { return r == ';' || r == ',' })); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.header, got, tc.want)
		}
	}
}

func TestKey(t *testing.T) {
	if k := phoneform.Key(table(t, "kobo.csv", kobo)); k != "form:aBcD123" {
		t.Errorf("kobo: %q", k)
	}
	a := phoneform.Key(table(t, "a.csv", "x,lat,lon\n1,2,3\n"))
	b := phoneform.Key(table(t, "b.csv", "lon,x,lat\n3,1,2\n4,5,6\n"))
	c := phoneform.Key(table(t, "c.csv", "x,lat,lon,y\n1,2,3,4\n"))
	if !strings.HasPrefix(a, "header:") || a != b || a == c {
		t.Errorf("same columns in another order: %q, %q; one more column: %q", a, b, c)
	}
}

var cats = annot.DefaultCategories()

func TestDetect(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, data string
		want       bool
	}{
		{"kobo.csv", kobo, true},
		{"odk.csv", odk, true},
		{"renamed.csv", renamed, true}, // no position found: a person says which
		{"plain.csv", "name,category,lat,lon\nx,school,47.9,106.9\n", false},
		{"plain.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.9,47.9]},"properties":{"name":"x"}}]}`, false},
		{"kobo.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.9,47.9]},"properties":{"name":"x","_uuid":"u"}}]}`, true},
		{"kobo.kml", "<kml/>", false},
		{"broken.csv", "", false},
	} {
		path := filepath.Join(dir, tc.name)
		if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := phoneform.Detect(path) != nil; got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
