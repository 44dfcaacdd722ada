package exchange_test

import "testing"

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
			if p := phoneFormPoint(t, f.name+".csv", f.data); p.Status != "broken" {
				t.Errorf("status %q", p.Status)
			}
		})
	}
}
