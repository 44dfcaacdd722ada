package crs

import (
	"fmt"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// Reference values from GDAL 3.6 (gdaltransform -s_srs EPSG:4326 -t_srs ...).
var reference = []struct {
	name   string
	code   int
	lonlat orb.Point
	proj   orb.Point
}{
	{"Ulaanbaatar in UTM 48N", 32648, orb.Point{106.9, 47.9}, orb.Point{642002.543054356, 5306933.01830323}},
	{"western Mongolia in UTM 46N", 32646, orb.Point{90.5, 47.0}, orb.Point{309940.197338117, 5208197.57412604}},
	{"two zones away from the meridian", 32648, orb.Point{90.5, 47.0}, orb.Point{-601447.138171892, 5308161.41633916}},
	{"southern hemisphere", 32719, orb.Point{-70, -33}, orb.Point{406582.221792239, 6348269.02588762}},
	{"Web Mercator", 3857, orb.Point{106.9, 47.9}, orb.Point{11900053.5658009, 6090234.49270567}},
}

func TestToLonLat(t *testing.T) {
	for _, tc := range reference {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ToLonLat(tc.code)
			if err != nil {
				t.Fatal(err)
			}
			got := f(tc.proj)
			// 1e-8 degrees is about a millimetre.
			if math.Abs(got[0]-tc.lonlat[0]) > 1e-8 || math.Abs(got[1]-tc.lonlat[1]) > 1e-8 {
				t.Errorf("got %v, want %v", got, tc.lonlat)
			}
		})
	}
}

func TestUTMFromLonLat(t *testing.T) {
	for _, tc := range reference {
		if tc.code == WebMercator {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			u := UTM{Zone: tc.code % 100, South: tc.code > 32700}
			got := u.FromLonLat(tc.lonlat)
			if math.Abs(got[0]-tc.proj[0]) > 0.001 || math.Abs(got[1]-tc.proj[1]) > 0.001 {
				t.Errorf("got %v, want %v", got, tc.proj)
			}
		})
	}
}

func TestParse(t *testing.T) {
	cases := []struct {
		in   string
		code int
		ok   bool
	}{
		{"urn:ogc:def:crs:OGC:1.3:CRS84", WGS84, true},
		{"urn:ogc:def:crs:EPSG::4326", WGS84, true},
		{"urn:ogc:def:crs:EPSG:6.6:4326", WGS84, true},
		{"EPSG:4326", WGS84, true},
		{"epsg:32648", 32648, true},
		{"urn:ogc:def:crs:EPSG::32646", 32646, true},
		{"http://www.opengis.net/def/crs/EPSG/0/3857", WebMercator, true},
		{"EPSG:900913", WebMercator, true},
		{"102100", WebMercator, true},
		{"EPSG:3395", 3395, true},
		{"something else", 0, false},
		{"", 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			code, ok := Parse(tc.in)
			if code != tc.code || ok != tc.ok {
				t.Errorf("Parse(%q) = %d, %v; want %d, %v", tc.in, code, ok, tc.code, tc.ok)
			}
		})
	}
}

func TestUnsupported(t *testing.T) {
	if _, err := ToLonLat(3395); err == nil {
		t.Fatal("EPSG:3395 should be refused")
	}
}

func ExampleUTM_ToLonLat() {
	ub := UTM{Zone: 48}
	p := ub.ToLonLat(orb.Point{642002.54, 5306933.02})
	fmt.Printf("%.5f %.5f\n", p[0], p[1])
	// Output: 106.90000 47.90000
}
