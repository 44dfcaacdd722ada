package phoneform

import (
	"errors"
	"fmt"
	"slices"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// What is the kind of a mapping's problem.
type What int

// The problems a mapping can have.
const (
	// NotInFile: the column chosen for Field is not in the file.
	NotInFile What = iota
	// NoPositionColumn: no position is chosen and the file has no geometry.
	NoPositionColumn
	// HalfPair: a latitude without a longitude column, or the reverse.
	HalfPair
	// SameColumn: one column chosen for both latitude and longitude.
	SameColumn
	// UnknownCategory: the code Value is mapped to Category, which the
	// project does not have.
	UnknownCategory
)

// Problem is one thing wrong with a mapping, naming its column.
type Problem struct {
	Source string
	What   What
	Field  Field
	// Column is the column the problem is about ("" for NoPositionColumn).
	Column string
	// Value and Category are a code and the category it is mapped to.
	Value, Category string
}

// Error says the problem in one line, in English.
func (p *Problem) Error() string {
	s := "phoneform: " + p.Source + ": "
	switch p.What {
	case NotInFile:
		return s + fmt.Sprintf("the column “%s” chosen for %s is not in the file", p.Column, p.Field)
	case NoPositionColumn:
		return s + "no position: choose the column of the position, or a latitude and a longitude column"
	case HalfPair:
		return s + fmt.Sprintf("the column “%s” is chosen for %s alone: latitude and longitude come as a pair, choose both columns", p.Column, p.Field)
	case SameColumn:
		return s + fmt.Sprintf("the column “%s” is chosen for both latitude and longitude", p.Column)
	}
	return s + fmt.Sprintf("the value “%s” of the column “%s” is mapped to the category “%s”, which the project does not have", p.Value, p.Column, p.Category)
}

// Problems lists what is wrong with m for table t, one problem per
// column: a column that is not in the file, no position (one geopoint
// column, or a latitude and a longitude column, or a GeoJSON export's
// geometry), half a latitude/longitude pair, or a code mapped to a
// category the project does not have. None when m can be applied.
func (m *Mapping) Problems(t *Table, cats []annot.Category) []Problem {
	var ps []Problem
	add := func(w What, f Field, col string) {
		ps = append(ps, Problem{Source: t.Source, What: w, Field: f, Column: col})
	}
	for _, f := range Fields {
		for _, c := range m.columns(f) {
			if t.column(c) < 0 {
				add(NotInFile, f, c)
			}
		}
	}
	switch {
	case m.Geopoint == "" && m.Lat == "" && m.Lon == "" && t.At == nil:
		add(NoPositionColumn, Geopoint, "")
	case m.Geopoint == "" && m.Lat != "" && m.Lon == "":
		add(HalfPair, Lat, m.Lat)
	case m.Geopoint == "" && m.Lat == "" && m.Lon != "":
		add(HalfPair, Lon, m.Lon)
	case m.Geopoint == "" && m.Lat != "" && m.Lat == m.Lon:
		add(SameColumn, Lat, m.Lat)
	}
	for _, code := range sortedKeys(m.Codes) {
		id := m.Codes[code]
		if !slices.ContainsFunc(cats, func(c annot.Category) bool { return c.ID == id }) {
			ps = append(ps, Problem{Source: t.Source, What: UnknownCategory, Field: Category, Column: m.Category, Value: code, Category: id})
		}
	}
	return ps
}

// Check is Problems as one error, a line per problem; nil when there is
// none.
func (m *Mapping) Check(t *Table, cats []annot.Category) error {
	var errs []error
	for _, p := range m.Problems(t, cats) {
		errs = append(errs, &p)
	}
	return errors.Join(errs...)
}

// columns are the columns chosen for f: none, one, or for Photo several.
func (m *Mapping) columns(f Field) []string {
	if f == Photo {
		return m.Photos
	}
	if c := m.Column(f); c != "" {
		return []string{c}
	}
	return nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
