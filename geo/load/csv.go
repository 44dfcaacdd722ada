package load

import (
	"bufio"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// Column names that hold latitude and longitude, compared in lower case.
var (
	latNames = []string{"lat", "latitude", "y", "өргөрөг", "lat_dd", "wgs84_lat"}
	lonNames = []string{"lon", "lng", "long", "longitude", "x", "уртраг", "lon_dd", "wgs84_lon"}
)

const whyNoCoords = "with no coordinates"

// readCSV reads a table of places with latitude and longitude columns, as
// spreadsheets save it: comma, semicolon or tab separated, decimal commas
// where the separator is a semicolon, a header row naming the columns.
func readCSV(name string, br *bufio.Reader, b *builder) error {
	rows := newCSVRows(name, br)
	r, sep := rows.cr, rows.cr.Comma
	header, _, err := rows.next()
	if errors.Is(err, io.EOF) {
		return errorf(name, "cannot read the header row: %v", err)
	} else if err != nil {
		return err
	}
	if err := runawayQuote(name, r, header); err != nil {
		return err
	}
	if err := rows.longHeader(header); err != nil {
		return err
	}
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	g := findGeopoint(header)
	if !g.found() {
		return errorf(name, "no latitude and longitude columns (looked for lat/latitude/y and lon/lng/longitude/x, and a phone form's gps or _geolocation; the header is %q)", geo.Shorten(strings.Join(header, string(sep)), 3*geo.MessageChars))
	}
	for index := 0; ; index++ {
		rec, line, err := rows.next()
		if errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
		latText, lonText := g.texts(rec)
		if latText == "" || lonText == "" {
			if err := runawayQuote(name, r, rec); err != nil {
				return err
			}
			b.skip(whyNoCoords)
			continue
		}
		y, errY := parseNumber(latText)
		x, errX := parseNumber(lonText)
		if errY != nil || errX != nil {
			return worded(Error{File: name, Feature: index + 1, Line: line}, "the coordinates %q, %q are not numbers", lonText, latText)
		}
		var props geo.Props
		for i, v := range rec {
			if !g.uses(i) && i < len(header) && header[i] != "" {
				props = append(props, geo.Prop{Key: header[i], Value: strings.TrimSpace(v)})
			}
		}
		b.addPoint(index, props, orb.Point{x, y})
	}
}

// detectSeparator picks the separator that splits the header row most.
func detectSeparator(head string) rune {
	first, _, _ := strings.Cut(head, "\n")
	best, n := ',', strings.Count(first, ",")
	for _, c := range []rune{';', '\t'} {
		if k := strings.Count(first, string(c)); k > n {
			best, n = c, k
		}
	}
	return best
}

func column(header []string, names []string) int {
	return slices.IndexFunc(header, func(h string) bool { return slices.Contains(names, strings.ToLower(h)) })
}

// parseNumber reads a decimal number written with a point or a comma.
func parseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, nil
	}
	return strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
}
