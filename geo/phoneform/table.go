package phoneform

import (
	"io"
	"os"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Table is a phone form's export as cells: a CSV's header and rows, or a
// GeoJSON export's properties (columns in first-seen order) with each
// feature's point in At.
type Table struct {
	// Source is the file's path, for messages.
	Source string
	Header []string
	Rows   [][]string
	// At holds each row's point for a GeoJSON export, nil for a CSV.
	At []orb.Point
	// layer is a GeoJSON export as load.Read gave it (see legacyIDs).
	layer *geo.Layer
	// legacy keeps legacyIDs' answer for one set of categories: the
	// mapping dialog's preview applies the table at every change.
	legacy legacyCache
}

// Read reads a phone form's export: a CSV table as it is, or a GeoJSON
// file's points (features that are not points are left out). A folder, a
// pipe or a device is refused without being opened.
func Read(path string) (*Table, error) {
	if err := geo.CheckRegular(path); err != nil {
		return nil, words.Errorf("phoneform: %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, words.Errorf("phoneform: %w", err)
	}
	defer f.Close()
	return ReadFrom(path, f)
}

// ReadFrom is Read from r; name tells a CSV (.csv, .tsv) from GeoJSON.
func ReadFrom(name string, r io.Reader) (*Table, error) {
	if ext := strings.ToLower(name); strings.HasSuffix(ext, ".csv") || strings.HasSuffix(ext, ".tsv") {
		t, err := load.ReadTable(name, r)
		if err != nil {
			return nil, words.Errorf("phoneform: %w", err)
		}
		return &Table{Source: name, Header: t.Header, Rows: t.Rows}, nil
	}
	l, err := load.Read(name, r, load.Options{Points: true})
	if err != nil {
		return nil, words.Errorf("phoneform: %w", err)
	}
	if l.Kind != geo.Points {
		return nil, words.Errorf("phoneform: %s holds no points: a phone form's export holds one point per submission", name)
	}
	return fromLayer(l), nil
}

// fromLayer turns a point layer's properties into cells.
func fromLayer(l *geo.Layer) *Table {
	t := &Table{Source: l.Source, Header: l.Fields(), layer: l}
	for _, f := range l.Features {
		row := make([]string, len(t.Header))
		for i, h := range t.Header {
			row[i] = f.Props.Text(h)
		}
		t.Rows = append(t.Rows, row)
		t.At = append(t.At, f.Geometry.(orb.Point))
	}
	return t
}

// column is the index of column c in the header, -1 when absent or "".
func (t *Table) column(c string) int {
	if c == "" {
		return -1
	}
	for i, h := range t.Header {
		if h == c {
			return i
		}
	}
	return -1
}

// cell is row r's cell in column c, "" when there is no such column.
func (t *Table) cell(r int, c string) string {
	if i := t.column(c); i >= 0 && i < len(t.Rows[r]) {
		return t.Rows[r][i]
	}
	return ""
}
