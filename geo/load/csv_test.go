package load

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

func TestCSV(t *testing.T) {
	for _, tc := range []struct {
		name, file, in string
		points         []orb.Point
		names          []string
		err            string
	}{
		{name: "comma, lat before lon", file: "kiosks.csv",
			in:     "name,lat,lon,status\n1-р худаг,47.95,106.92,working\n\"2-р, шинэ\",47.96,106.93,broken\n",
			points: []orb.Point{{106.92, 47.95}, {106.93, 47.96}}, names: []string{"1-р худаг", "2-р, шинэ"}},
		{name: "semicolon with decimal commas and a BOM", file: "цэгүүд.csv",
			in:     "\ufeffНэр;Longitude;Latitude\nСургууль;106,91;47,94\r\n",
			points: []orb.Point{{106.91, 47.94}}, names: []string{"Сургууль"}},
		{name: "tab separated, blank coordinates skipped", file: "points.tsv",
			in:     "name\tx\ty\na\t106.9\t47.9\nb\t\t\n",
			points: []orb.Point{{106.9, 47.9}}, names: []string{"a"}},
		{name: "no coordinate columns", file: "x.csv", in: "name,address\na,b\n", err: "x.csv: no latitude and longitude columns"},
		{name: "words for numbers", file: "x.csv", in: "name,lat,lon\na,47.9,106.9\nb,north,east\n", err: "x.csv: feature 2: line 3: the coordinates"},
		{name: "latitude out of range", file: "x.csv", in: "name,lat,lon\na,106.9,47.9\nb,147.9,106.9\n", err: "x.csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Read(tc.file, strings.NewReader(tc.in), Options{})
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("error %v, want one starting %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if l.Kind != geo.Points || l.Format != "CSV" || len(l.Features) != len(tc.points) {
				t.Fatalf("kind %v, format %s, %d features", l.Kind, l.Format, len(l.Features))
			}
			for i, f := range l.Features {
				if f.Geometry != tc.points[i] || f.Name != tc.names[i] {
					t.Errorf("feature %d: %q at %v", i, f.Name, f.Geometry)
				}
			}
		})
	}
}
