package exchange_test

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
)

// Phone forms' exports, as ODK Central and KoBoToolbox write them
// (select_one codes are category IDs, as in the project's XLSForm).
var phoneForms = []struct{ name, data string }{
	{"odk-central.csv", "SubmissionDate,name,category,gps-Latitude,gps-Longitude,gps-Altitude,gps-Accuracy,meta-instanceID\n" +
		"2026-01-12T03:30:00.000Z,Ус түгээх 3-р байр,water_kiosk,47.9181,106.9172,1350,4.5,uuid:1\n" +
		"2026-01-12T03:40:00.000Z,Сургууль,school,,,,,uuid:2\n"},
	{"kobo.csv", "start;end;name;category;gps;_gps_latitude;_gps_longitude;_gps_altitude;_gps_precision;_id\n" +
		"2026-01-12;2026-01-12;Ус түгээх 3-р байр;water_kiosk;47.9181 106.9172 1350 4.5;47.9181;106.9172;1350;4.5;1\n"},
	{"odk-geopoint.csv", "name,category,location\nУс түгээх 3-р байр,water_kiosk,47.9181 106.9172 1350.0 4.5\n"},
	{"kobo-geolocation.csv", "name\tcategory\t_geolocation\nУс түгээх 3-р байр\twater_kiosk\t\"[47.9181, 106.9172]\"\n"},
}

func TestPhoneForms(t *testing.T) {
	for _, f := range phoneForms {
		t.Run(f.name, func(t *testing.T) { phoneFormPoint(t, f.name, f.data) })
	}
}

// phoneFormPoint imports a phone form's export that holds one water kiosk
// with a position, checks it, and returns it.
func phoneFormPoint(t *testing.T, name, data string) annot.Point {
	t.Helper()
	l, err := load.Read(name, strings.NewReader(data), load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	pts, err := exchange.Points(l, phoneOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 1 {
		t.Fatalf("%d points, want 1 (the one without a position skipped)", len(pts))
	}
	p := pts[0]
	if p.Location[0] != 106.9172 || p.Location[1] != 47.9181 || p.Category != "water_kiosk" || p.Name != "Ус түгээх 3-р байр" {
		t.Errorf("%+v", p)
	}
	return p
}

func TestPhoneFormBadGeopoint(t *testing.T) {
	_, err := load.Read("kobo.csv", strings.NewReader("name,gps\nx,north east\n"), load.Options{Points: true})
	if err == nil || !strings.Contains(err.Error(), "kobo.csv") || !strings.Contains(err.Error(), "not numbers") {
		t.Errorf("%v", err)
	}
}
