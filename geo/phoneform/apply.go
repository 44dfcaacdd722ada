package phoneform

import (
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Options tune Apply.
type Options struct {
	// Categories are the project's categories.
	Categories []annot.Category
	// Category is the category ID of points whose category neither the
	// file nor their name tells; "" means annot.Other.
	Category string
	// Author is recorded on new annotations as who made them.
	Author string
	// Now is when the annotations are made (time.Now() when zero).
	Now time.Time
	// PhotoIDs maps photo file names, as a photo column writes them, to
	// the IDs of the photos stored for them; other files are left out.
	PhotoIDs map[string]string
	// Project, when not nil, holds the annotations already in the
	// project: a row that the import before column mappings brought in
	// (see legacyIDs) and that has no point under its new ID keeps the
	// point it made then, which the import updates in place.
	Project *annot.Set
}

// Reason says why a row is not imported, in English (the window
// translates it).
type Reason string

// The reasons a row is refused.
const (
	NoPosition Reason = "no position"
	NotNumbers Reason = "the position is not numbers"
	OffGlobe   Reason = "the position is off the globe"
	// TooLong: a name or category longer than annot.MaxName characters,
	// or notes longer than annot.MaxNotes.
	TooLong Reason = "a name, a category or notes longer than they may be"
)

// Refusal is one row left out: Row counts the data rows from 1.
type Refusal struct {
	Row    int
	Reason Reason
}

// Result is what a mapping makes of a table: the rows as service points
// and gap points, in file order, and the rows refused.
type Result struct {
	Points  []annot.Point
	Gaps    []annot.Gap
	Refused []Refusal
}

// Apply turns a table's rows into annotations through m, after checking m
// (see Check). A submission imported again (the same form and submission
// key, or the same position, name and category) keeps its ID, as
// exchange.Points keeps it, so the import updates it.
func Apply(t *Table, m Mapping, opt Options) (*Result, error) {
	if err := m.Check(t, opt.Categories); err != nil {
		return nil, err
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	key := Key(t)
	l := &geo.Layer{Source: t.Source, Format: "phone form", Title: key, Kind: geo.Points}
	res := &Result{}
	statuses := memo(statusOf)
	var rows []int // the row of each feature of l
	for r := range t.Rows {
		at, why := m.position(t, r)
		if why == "" && m.tooLong(t, r) {
			why = TooLong
		}
		if why != "" {
			res.Refused = append(res.Refused, Refusal{r + 1, why})
			continue
		}
		if kind := m.gapKind(t, r); kind != "" {
			res.Gaps = append(res.Gaps, m.gap(t, r, at, kind, key, opt))
			continue
		}
		l.Features = append(l.Features, geo.Feature{Geometry: at, Props: m.props(t, r, opt.Categories, statuses)})
		rows = append(rows, r)
	}
	pts, err := exchange.Points(l, exchange.Options{Categories: opt.Categories, Category: opt.Category, Author: opt.Author, Now: opt.Now, PhotoIDs: opt.PhotoIDs})
	if err != nil {
		return nil, words.Errorf("phoneform: %w", err)
	}
	res.Points = pts
	if opt.Project != nil && len(pts) == len(rows) {
		keepLegacy(pts, rows, legacyIDs(t, opt.Categories), opt.Project)
	}
	return res, nil
}

// position is row r's point, or why it has none.
func (m *Mapping) position(t *Table, r int) (orb.Point, Reason) {
	var lat, lon string
	switch {
	case m.Geopoint != "":
		lat, lon = load.Geopoint(t.cell(r, m.Geopoint))
	case m.Lat != "":
		lat, lon = t.cell(r, m.Lat), t.cell(r, m.Lon)
	default:
		return t.At[r], ""
	}
	if lat == "" || lon == "" {
		return orb.Point{}, NoPosition
	}
	y, errY := load.Number(lat)
	x, errX := load.Number(lon)
	if errY != nil || errX != nil {
		return orb.Point{}, NotNumbers
	}
	if p := (orb.Point{x, y}); geo.ValidLonLat(p) {
		return p, ""
	}
	return orb.Point{}, OffGlobe
}

// props are row r's cells under the names exchange.Points reads.
func (m *Mapping) props(t *Table, r int, cats []annot.Category, status func(string) annot.Status) geo.Props {
	pr := geo.Props{{Key: "name", Value: t.cell(r, m.Name)}, {Key: "notes", Value: t.cell(r, m.Notes)},
		{Key: "observed", Value: t.cell(r, m.Observed)}, {Key: "status", Value: string(status(t.cell(r, m.Status)))},
		{Key: "photos", Value: strings.Join(m.photoFiles(t, r), ";")}, {Key: "id", Value: t.cell(r, m.ID)}}
	v := t.cell(r, m.Category)
	if id := m.CategoryOf(v, cats); id != "" {
		v = id
	}
	return append(pr, geo.Prop{Key: "category", Value: v})
}

// photoFiles are the file names row r's photo columns give (a path or a
// URL's last part).
func (m *Mapping) photoFiles(t *Table, r int) []string {
	var files []string
	for _, c := range m.Photos {
		if v := t.cell(r, c); v != "" {
			files = append(files, path.Base(strings.ReplaceAll(v, `\`, "/")))
		}
	}
	return files
}

// tooLong reports whether row r's name, category or notes is longer than
// an annotation's may be (see annot.MaxName): such a row is left out, not
// the whole file.
func (m *Mapping) tooLong(t *Table, r int) bool {
	long := func(c string, most int) bool {
		v := t.cell(r, c)
		return len(v) > most && utf8.RuneCountInString(v) > most
	}
	return long(m.Name, annot.MaxName) || long(m.Category, annot.MaxName) || long(m.Notes, annot.MaxNotes)
}
