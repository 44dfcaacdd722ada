// Package crs recognises the coordinate reference systems that boundary
// files declare and converts projected coordinates to WGS84
// longitude/latitude, in pure Go. It knows geographic WGS84 (EPSG:4326,
// OGC CRS84), Web Mercator (EPSG:3857 and its aliases) and the WGS84 UTM
// zones (EPSG:32601–32660 north, 32701–32760 south); Mongolia lies in
// zones 45N–50N and Ulaanbaatar in 48N (EPSG:32648).
package crs

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// WGS84 is the EPSG code of geographic longitude/latitude on WGS84; OGC's
// CRS84 (the same axes in lon/lat order) is reported with this code too.
const WGS84 = 4326

// WebMercator is the EPSG code of the spherical Web Mercator projection.
const WebMercator = 3857

var codeRE = regexp.MustCompile(`(?i)(?:EPSG:{1,2}(?:[\d.]*:)?|EPSG/0/|^)(\d{4,6})$`)

// Parse reads a CRS name as GeoJSON and KML writers spell it
// ("urn:ogc:def:crs:EPSG::32648", "EPSG:3857", "urn:ogc:def:crs:OGC:1.3:CRS84",
// "http://www.opengis.net/def/crs/EPSG/0/4326", "32648") and returns its
// EPSG code. ok is false when the name is not understood.
func Parse(name string) (code int, ok bool) {
	s := strings.TrimSpace(name)
	if strings.HasSuffix(strings.ToUpper(s), "CRS84") || strings.HasSuffix(strings.ToUpper(s), "CRS:84") {
		return WGS84, true
	}
	m := codeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	code, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, false
	}
	return canonical(code), true
}

// canonical maps aliases of Web Mercator to 3857.
func canonical(code int) int {
	switch code {
	case 900913, 3785, 102100, 102113:
		return WebMercator
	}
	return code
}

// Geographic reports whether code is WGS84 longitude/latitude.
func Geographic(code int) bool { return code == WGS84 }

// Name returns a short label for an EPSG code, e.g. "EPSG:32648 (UTM 48N)".
func Name(code int) string {
	switch {
	case code == WGS84:
		return "EPSG:4326 (WGS84 lon/lat)"
	case code == WebMercator:
		return "EPSG:3857 (Web Mercator)"
	case code > 32600 && code <= 32660:
		return fmt.Sprintf("EPSG:%d (UTM %dN)", code, code-32600)
	case code > 32700 && code <= 32760:
		return fmt.Sprintf("EPSG:%d (UTM %dS)", code, code-32700)
	}
	return fmt.Sprintf("EPSG:%d", code)
}

// ToLonLat returns the function that turns coordinates in the CRS with
// the given EPSG code into WGS84 lon/lat, or an error naming the CRS when
// it is not supported.
func ToLonLat(code int) (func(orb.Point) orb.Point, error) {
	switch {
	case code == WGS84:
		return func(p orb.Point) orb.Point { return p }, nil
	case code == WebMercator:
		return MercatorToLonLat, nil
	case code > 32600 && code <= 32660:
		z := UTM{Zone: code - 32600}
		return z.ToLonLat, nil
	case code > 32700 && code <= 32760:
		z := UTM{Zone: code - 32700, South: true}
		return z.ToLonLat, nil
	}
	return nil, fmt.Errorf("crs: %s is not supported (supported: EPSG:4326, EPSG:3857, WGS84 UTM zones EPSG:326xx/327xx)", Name(code))
}

// mercatorEdge is the Web Mercator x (and y) of the antimeridian: the
// square world of EPSG:3857 spans ±mercatorEdge metres (y to ±85.05°).
const mercatorEdge = 20037508.342789244

// InDomain reports whether p is a position the projected CRS can hold:
// within ±20037508 m for Web Mercator; easting 0 to 1,000,000 m and
// northing 0 to 10,000,000 m for UTM. Other codes, including lon/lat, are
// not checked here (true). NaN and infinities are never in the domain.
// Values outside it would be clamped or wrapped by the conversion.
func InDomain(code int, p orb.Point) bool {
	x, y := p[0], p[1]
	switch {
	case code == WebMercator:
		return math.Abs(x) <= mercatorEdge*(1+1e-9) && math.Abs(y) <= mercatorEdge*(1+1e-9)
	case code > 32600 && code <= 32660, code > 32700 && code <= 32760:
		return x >= 0 && x <= 1e6 && y >= 0 && y <= 1e7
	}
	return !math.IsNaN(x) && !math.IsNaN(y)
}

// DomainText says in words the range InDomain checks, for messages: its
// Error is the English text, and it words itself in the window's
// language (see words.Errorf).
func DomainText(code int) error {
	if code == WebMercator {
		return words.Errorf("x and y within ±20037508 m")
	}
	return words.Errorf("easting 0 to 1000000 m, northing 0 to 10000000 m")
}
