package phoneform

import (
	"strings"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// CategoryOf is the category ID a category cell gives: the one Codes maps
// it to, else the category whose ID or name (Mongolian or English) it is,
// in any case; "" when none is (the point's name is then looked at).
func (m *Mapping) CategoryOf(v string, cats []annot.Category) string {
	v = strings.TrimSpace(v)
	if id, ok := m.Codes[v]; ok {
		return id
	}
	for _, c := range cats {
		if strings.EqualFold(v, c.ID) || strings.EqualFold(v, c.NameMN) || strings.EqualFold(v, c.NameEN) {
			return c.ID
		}
	}
	return ""
}

// statusOf is the status a cell gives by code or by name, "" for none.
func statusOf(v string) annot.Status {
	return oneOf(v, annot.Statuses, mapstyle.StatusName)
}

// gapKindOf is the gap kind a cell gives by code or by name, "" for none.
func gapKindOf(v string) annot.GapKind {
	return oneOf(v, annot.GapKinds, mapstyle.GapKindName)
}

// severityOf is the severity a cell gives by code or by name, "" for none.
func severityOf(v string) annot.Severity {
	return oneOf(v, annot.Severities, mapstyle.SeverityName)
}

// oneOf finds the value of list that v is the code of, or the name of in
// Mongolian or English, in any case.
func oneOf[T ~string](v string, list []T, name func(T, string) string) T {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	for _, x := range list {
		if strings.EqualFold(v, string(x)) || strings.EqualFold(v, name(x, "mn")) || strings.EqualFold(v, name(x, "en")) {
			return x
		}
	}
	return ""
}

// Values lists the distinct values of a column, in first-seen order, with
// how many rows hold each (empty cells left out): what the window offers
// to map to categories.
func (t *Table) Values(column string) (values []string, count map[string]int) {
	i := t.column(column)
	count = map[string]int{}
	if i < 0 {
		return nil, count
	}
	for _, row := range t.Rows {
		v := strings.TrimSpace(row[i])
		if v == "" {
			continue
		}
		if count[v] == 0 {
			values = append(values, v)
		}
		count[v]++
	}
	return values, count
}

// memo remembers f's answers: a column holds the same few codes in
// thousands of rows. Not safe for concurrent use.
func memo[T any](f func(string) T) func(string) T {
	seen := map[string]T{}
	return func(v string) T {
		x, ok := seen[v]
		if !ok {
			x = f(v)
			seen[v] = x
		}
		return x
	}
}
