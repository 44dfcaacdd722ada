package geo

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// ParseLatLon reads a position typed by a person: two decimal numbers,
// latitude first as maps and phones show them ("47.918, 106.917"),
// separated by a comma, a semicolon or spaces; a degree sign is allowed.
// When the first number cannot be a latitude but the second can, they are
// taken the other way round. It returns the point as orb's lon/lat.
func ParseLatLon(s string) (orb.Point, error) {
	f := strings.FieldsFunc(strings.ReplaceAll(s, "°", " "), func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' })
	if len(f) != 2 {
		return orb.Point{}, fmt.Errorf("write the position as two numbers, latitude and longitude, e.g. 47.918, 106.917")
	}
	a, errA := strconv.ParseFloat(f[0], 64)
	b, errB := strconv.ParseFloat(f[1], 64)
	if errA != nil || errB != nil {
		return orb.Point{}, fmt.Errorf("%q is not two numbers", s)
	}
	lat, lon := a, b
	if abs(a) > 90 && abs(b) <= 90 {
		lat, lon = b, a
	}
	p := orb.Point{lon, lat}
	if !ValidLonLat(p) {
		return orb.Point{}, fmt.Errorf("%q is not a latitude and longitude", s)
	}
	return p, nil
}

// FormatLatLon writes a point as ParseLatLon reads it, to about 10 cm.
func FormatLatLon(p orb.Point) string {
	return strconv.FormatFloat(p[1], 'f', 6, 64) + ", " + strconv.FormatFloat(p[0], 'f', 6, 64)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
