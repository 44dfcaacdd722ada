package load

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

// Table is a CSV file's cells as they are, for a person to say which
// column holds what (a phone form's export whose columns the guesses
// miss): the header, trimmed, then every row, trimmed, padded or cut to
// the header's width.
type Table struct {
	Header []string
	Rows   [][]string
}

// ReadTable reads a CSV file (comma, semicolon or tab separated, as
// readCSV does) into a Table without looking for coordinates. A file that
// is not CSV by its name and content is refused, as is a quote left open.
func ReadTable(name string, r io.Reader) (*Table, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(sniffSize)
	if format, err := sniff(name, head); err != nil {
		return nil, err
	} else if format != "CSV" {
		return nil, errorf(name, "a %s file, not a CSV table", format)
	}
	br = skipBOM(br)
	rows := newCSVRows(name, br)
	t := &Table{}
	for {
		rec, _, err := rows.next()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, err
		}
		if err := runawayQuote(name, rows.cr, rec); err != nil {
			return nil, err
		}
		if t.Header == nil {
			if err := rows.longHeader(rec); err != nil {
				return nil, err
			}
		}
		t.add(rec)
	}
	if t.Header == nil {
		return nil, errorf(name, "cannot read the header row: the file holds none")
	}
	return t, nil
}

// add keeps one record: the first is the header.
func (t *Table) add(rec []string) {
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	if t.Header == nil {
		t.Header = rec
		return
	}
	row := make([]string, len(t.Header))
	copy(row, rec)
	t.Rows = append(t.Rows, row)
}

// Position finds the columns holding a table's position as the CSV reader
// does: a latitude and a longitude column (lat/latitude/y and
// lon/lng/longitude/x, ODK Central's "gps-Latitude"/"gps-Longitude",
// KoBo's "_gps_latitude"/"_gps_longitude"), else one geopoint column
// ("gps", "_geolocation", a group's "…/location"). Absent ones are -1.
func Position(header []string) (lat, lon, geopoint int) {
	g := findGeopoint(header)
	return g.lat, g.lon, g.point
}

// Geopoint splits a geopoint cell (ODK's "lat lon alt acc", KoBo's
// "[lat, lon]") into its latitude and longitude texts, "" when absent.
func Geopoint(cell string) (lat, lon string) {
	return geopoint{-1, -1, 0}.texts([]string{cell})
}

// Number reads a decimal number written with a point or a comma.
func Number(s string) (float64, error) { return parseNumber(s) }
