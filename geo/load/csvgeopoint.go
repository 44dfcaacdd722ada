package load

import (
	"strings"
)

// geopointNames are columns holding a whole position, as phone forms
// export it: ODK's "lat lon alt acc" text or KoBo's "[lat, lon]" (the
// last part of a grouped name, after "/", "-" or ".", compared in lower
// case).
var geopointNames = []string{"_geolocation", "geolocation", "geopoint", "gps", "location", "coordinates", "байршил"}

// geopoint says where a row's position is: in a latitude and a longitude
// column, or in one column holding both (point >= 0).
type geopoint struct{ lat, lon, point int }

// findGeopoint finds the position's columns: lat/lon names, ODK
// Central's "gps-Latitude"/"gps-Longitude" and KoBo's
// "_gps_latitude"/"_gps_longitude" (the same prefix), or a geopoint
// column.
func findGeopoint(header []string) geopoint {
	g := geopoint{column(header, latNames), column(header, lonNames), -1}
	if g.lat >= 0 && g.lon >= 0 {
		return g
	}
	for i, h := range header {
		prefix, ok := cutSuffixFold(h, "latitude")
		if !ok || prefix == "" {
			continue
		}
		if j := column(header, []string{strings.ToLower(prefix) + "longitude"}); j >= 0 {
			return geopoint{i, j, -1}
		}
	}
	for i, h := range header {
		last := strings.ToLower(h[strings.LastIndexAny(h, "/-.")+1:])
		for _, n := range geopointNames {
			if last == n || strings.ToLower(h) == n {
				return geopoint{-1, -1, i}
			}
		}
	}
	return geopoint{-1, -1, -1}
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

func (g geopoint) found() bool { return g.point >= 0 || (g.lat >= 0 && g.lon >= 0) }

// uses reports whether column i holds the position.
func (g geopoint) uses(i int) bool { return i == g.lat || i == g.lon || i == g.point }

// texts returns a row's latitude and longitude texts ("" when absent).
func (g geopoint) texts(rec []string) (lat, lon string) {
	if g.point >= 0 {
		if g.point >= len(rec) {
			return "", ""
		}
		f := strings.Fields(strings.NewReplacer("[", " ", "]", " ", ",", " ").Replace(rec[g.point]))
		if len(f) < 2 {
			return strings.TrimSpace(rec[g.point]), ""
		}
		return f[0], f[1]
	}
	if max(g.lat, g.lon) >= len(rec) {
		return "", ""
	}
	return strings.TrimSpace(rec[g.lat]), strings.TrimSpace(rec[g.lon])
}
