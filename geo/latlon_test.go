package geo

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestParseLatLon(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want orb.Point
		ok   bool
	}{
		{"47.918, 106.917", orb.Point{106.917, 47.918}, true},
		{"47.918 106.917", orb.Point{106.917, 47.918}, true},
		{"47.918°; 106.917°", orb.Point{106.917, 47.918}, true},
		{"106.917, 47.918", orb.Point{106.917, 47.918}, true}, // lon first, told by range
		{"-33.9, 151.2", orb.Point{151.2, -33.9}, true},
		{"47.918", orb.Point{}, false},
		{"north, east", orb.Point{}, false},
		{"95, 200", orb.Point{}, false},
	} {
		got, err := ParseLatLon(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseLatLon(%q) = %v, %v", tc.in, got, err)
		}
	}
	p := orb.Point{106.9171234, 47.9181234}
	if got, _ := ParseLatLon(FormatLatLon(p)); got != (orb.Point{106.917123, 47.918123}) {
		t.Errorf("round trip: %v", got)
	}
}
