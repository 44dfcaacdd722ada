package exchange_test

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
)

// Forms whose questions sit in groups: KoBo names the columns
// "group/field", ODK Central "group-field".
func TestPhoneFormGroups(t *testing.T) {
	for _, f := range []struct{ name, data string }{
		{"kobo-groups.csv", "start;place/name;place/details/category;place/details/status;where/gps;_id\n" +
			"2026-01-12;Ус түгээх 3-р байр;water_kiosk;broken;47.9181 106.9172 1350 4.5;1\n"},
		{"odk-groups.csv", "SubmissionDate,place-name,place-category,place-status,where-gps-Latitude,where-gps-Longitude,meta-instanceID\n" +
			"2026-01-12T03:30:00.000Z,Ус түгээх 3-р байр,water_kiosk,broken,47.9181,106.9172,uuid:1\n"},
		{"a name outside the group wins", "name,place-name,place-category,place-status,lat,lon\n" +
			"Ус түгээх 3-р байр,Бусад нэр,water_kiosk,broken,47.9181,106.9172\n"},
	} {
		t.Run(f.name, func(t *testing.T) {
			l, err := load.Read(f.name+".csv", strings.NewReader(f.data), load.Options{Points: true})
			if err != nil {
				t.Fatal(err)
			}
			pts, err := exchange.Points(l, phoneOptions())
			if err != nil {
				t.Fatal(err)
			}
			if len(pts) != 1 {
				t.Fatalf("%d points", len(pts))
			}
			p := pts[0]
			if p.Location[0] != 106.9172 || p.Location[1] != 47.9181 || p.Category != "water_kiosk" || p.Name != "Ус түгээх 3-р байр" || p.Status != "broken" {
				t.Errorf("%+v", p)
			}
		})
	}
}
