package phoneform

import (
	"errors"
	"fmt"
	"slices"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Check says what is wrong with m for table t, each problem on a line of
// its own naming the column: a column that is not in the file, no
// position (one geopoint column, or a latitude and a longitude column, or
// a GeoJSON export's geometry), half a latitude/longitude pair, or a code
// mapped to a category the project does not have. nil when m can be
// applied.
func (m *Mapping) Check(t *Table, cats []annot.Category) error {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("phoneform: %s: "+format, append([]any{t.Source}, a...)...))
	}
	for _, f := range Fields {
		if f == Photo {
			continue
		}
		if c := m.Column(f); c != "" && t.column(c) < 0 {
			bad("the column “%s” chosen for %s is not in the file", c, f)
		}
	}
	for _, c := range m.Photos {
		if t.column(c) < 0 {
			bad("the column “%s” chosen for %s is not in the file", c, Photo)
		}
	}
	switch {
	case m.Geopoint == "" && m.Lat == "" && m.Lon == "" && t.At == nil:
		bad("no position: choose the column of the position, or a latitude and a longitude column")
	case m.Geopoint == "" && (m.Lat == "") != (m.Lon == ""):
		bad("the latitude “%s” and the longitude “%s” come as a pair: choose both columns", m.Lat, m.Lon)
	case m.Geopoint == "" && m.Lat != "" && m.Lat == m.Lon:
		bad("the column “%s” is chosen for both latitude and longitude", m.Lat)
	}
	for _, code := range sortedKeys(m.Codes) {
		id := m.Codes[code]
		if !slices.ContainsFunc(cats, func(c annot.Category) bool { return c.ID == id }) {
			bad("the value “%s” of the column “%s” is mapped to the category “%s”, which the project does not have", code, m.Category, id)
		}
	}
	return errors.Join(errs...)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
