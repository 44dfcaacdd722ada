// Package phoneform imports what phones collected with a form (the CSV
// and GeoJSON exports of ODK Central and KoBoToolbox) through a Mapping: which
// of the file's columns gives the position, the category, the name and the
// rest, and which of the file's codes is which category. A mapping is
// guessed from the header, checked, shown in a preview and remembered per
// form inside the project.
package phoneform

// Mapping says which column of a phone form's export gives each field of a
// service point (or, with GapKind, a gap point). A column is named as it
// is in the header; "" means none. Safe to copy; not for concurrent
// writes.
type Mapping struct {
	// Geopoint is one column holding the whole position: ODK's
	// "lat lon alt acc" or KoBo's "[lat, lon]". Lat and Lon are used when
	// it is "". A GeoJSON export's geometry is used when all three are "".
	Geopoint string `json:"geopoint,omitempty"`
	Lat      string `json:"lat,omitempty"`
	Lon      string `json:"lon,omitempty"`
	Category string `json:"category,omitempty"`
	Name     string `json:"name,omitempty"`
	Notes    string `json:"notes,omitempty"`
	Status   string `json:"status,omitempty"`
	Observed string `json:"observed,omitempty"`
	// GapKind, when set, makes a row whose cell names a gap kind (by code or
	// by name in either language) a gap point instead of a service point.
	GapKind  string `json:"gap_kind,omitempty"`
	Severity string `json:"severity,omitempty"`
	// Photos are the columns naming a submission's photo files.
	Photos []string `json:"photos,omitempty"`
	// ID is the submission's own key (ODK's instanceID, KoBo's _uuid): a
	// submission imported again updates its point.
	ID string `json:"id,omitempty"`
	// Codes maps the category column's values, as the file writes them,
	// to category IDs. A value not in it is matched against the
	// categories' IDs and names in either language, then guessed from the
	// point's name.
	Codes map[string]string `json:"codes,omitempty"`
}

// Field is one of the fields a column can be chosen for.
type Field int

// The fields, in the order the window lists them.
const (
	Geopoint Field = iota
	Lat
	Lon
	Category
	Name
	Notes
	Status
	Observed
	GapKind
	Severity
	Photo
	ID
)

// Fields lists every field, in the order the window shows them.
var Fields = []Field{Geopoint, Lat, Lon, Category, Name, Notes, Status, Observed, GapKind, Severity, Photo, ID}

// fieldNames are the English names of the fields, as the window and
// messages show them (the window translates them).
var fieldNames = [...]string{"Position (one column)", "Latitude", "Longitude", "Category", "Name", "Notes", "Status", "Date seen", "Gap kind", "Severity", "Photo", "Submission key"}

// String is the field's English name.
func (f Field) String() string { return fieldNames[f] }

// Column returns the column chosen for f ("" for none); for Photo, the
// first photo column.
func (m *Mapping) Column(f Field) string {
	if f == Photo {
		if len(m.Photos) == 0 {
			return ""
		}
		return m.Photos[0]
	}
	return *m.slot(f)
}

// SetColumn chooses column c for f ("" for none); for Photo, c becomes the
// only photo column.
func (m *Mapping) SetColumn(f Field, c string) {
	if f == Photo {
		m.Photos = nil
		if c != "" {
			m.Photos = []string{c}
		}
		return
	}
	*m.slot(f) = c
}

func (m *Mapping) slot(f Field) *string {
	return [...]*string{&m.Geopoint, &m.Lat, &m.Lon, &m.Category, &m.Name, &m.Notes, &m.Status, &m.Observed, &m.GapKind, &m.Severity, nil, &m.ID}[f]
}
