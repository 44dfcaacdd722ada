package load

import (
	"strings"
	"testing"
)

// A column's or a property's name longer than 300 characters (it would be
// a column of the project) is refused naming where it is; one of 300 is
// read.
func TestLongNameOfColumnRefused(t *testing.T) {
	long, fits := strings.Repeat("ө", 301), strings.Repeat("ө", 300)
	geojson := func(props string) string {
		return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":` + props + `,"geometry":{"type":"Point","coordinates":[106.9,47.9]}}]}`
	}
	kml := func(key string) string {
		return `<kml><Document><Placemark><ExtendedData><Data name="` + key + `"><value>1</value></Data></ExtendedData><Point><coordinates>106.9,47.9</coordinates></Point></Placemark></Document></kml>`
	}
	for _, c := range []struct {
		name, file, data, want string
	}{
		{"CSV", "t.csv", "lat,lon," + long + "\n47.9,106.9,1\n", "t.csv: line 1, column 9: a column name of 301 characters, more than the 300 a name may hold"},
		{"CSV fits", "t.csv", "lat,lon," + fits + "\n47.9,106.9,1\n", ""},
		{"GeoJSON", "t.geojson", geojson(`{"` + long + `":1}`), "t.geojson: feature 1: line 1, column 678: a property name of 301 characters"},
		{"GeoJSON nested", "t.geojson", geojson(`{"` + fits + `":{"ab":1}}`), "t.geojson: feature 1: line 1, column 682: a property name of 303 characters"},
		{"GeoJSON fits", "t.geojson", geojson(`{"` + fits + `":1}`), ""},
		{"KML", "t.kml", kml(long), "t.kml: feature 1: a property name of 301 characters"},
		{"KML fits", "t.kml", kml(fits), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(c.file, strings.NewReader(c.data), Options{Points: true})
			got := ""
			if err != nil {
				got = err.Error()
			}
			if !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	if _, err := ReadTable("t.csv", strings.NewReader("lat,lon,"+long+"\n")); err == nil || !strings.Contains(err.Error(), "a column name of 301 characters") {
		t.Errorf("ReadTable: %v", err)
	}
}
