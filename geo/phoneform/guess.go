package phoneform

import (
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo/load"
)

// names are the column names each field is guessed from, best first,
// compared in lower case with a whole column name or with the part after
// a group's "/", "-" or "." (KoBo's "place/category", ODK Central's
// "place-category"). The project's XLSForm's labels in both languages are
// among them, for KoBo's exports "with labels".
var names = map[Field][]string{
	Category: {"category", "category_mn", "category_en", "type_of_service", "service", "төрөл", "үйлчилгээний төрөл", "kind of service"},
	Name:     {"name", "name_mn", "нэр", "title"},
	Notes:    {"notes", "note", "description", "comment", "тэмдэглэл"},
	Status:   {"status", "төлөв"},
	Observed: {"observed", "date", "date_seen", "харсан огноо", "date seen", "today", "огноо", "_submission_time", "submissiondate", "end", "start"},
	GapKind:  {"gap_kind", "gap", "kind_of_gap"},
	Severity: {"severity", "хүндрэл"},
	ID:       {"instanceid", "_uuid", "key", "uuid"},
}

// photoNames are the names of photo questions; every column so named is a
// photo column.
var photoNames = []string{"photo", "photos", "image", "picture", "зураг"}

// Guess guesses a mapping from a header as the plain import does: the
// position's columns as the CSV reader finds them, the other fields by
// their usual names in phone forms, in a group or not. Codes is left
// empty: the category column's values are matched when applied.
func Guess(header []string) Mapping {
	var m Mapping
	lat, lon, point := load.Position(header)
	switch {
	case lat >= 0 && lon >= 0:
		m.Lat, m.Lon = header[lat], header[lon]
	case point >= 0:
		m.Geopoint = header[point]
	}
	for f, ns := range names {
		m.SetColumn(f, find(header, ns))
	}
	for _, h := range header {
		if slices.Contains(photoNames, last(h)) {
			m.Photos = append(m.Photos, h)
		}
	}
	return m
}

// find returns the first column named one of ns (in that order of
// preference), whole or after its group.
func find(header, ns []string) string {
	for _, n := range ns {
		for _, h := range header {
			if strings.ToLower(h) == n {
				return h
			}
		}
		for _, h := range header {
			if last(h) == n {
				return h
			}
		}
	}
	return ""
}

// last is a column's name after its groups, in lower case.
func last(h string) string {
	return strings.ToLower(h[strings.LastIndexAny(h, "/-.")+1:])
}
