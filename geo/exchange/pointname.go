package exchange

import (
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// nameKeys are the properties that hold a point's own name, in the order
// they are read: OpenStreetMap's, this package's exports', and the usual
// spellings of other files.
var nameKeys = []string{"name:mn", "name", "tags.name:mn", "tags.name", "Name", "NAME", "name_mn", "нэр", "Нэр", "НЭР"}

// pointName is a feature's own name. A feature with a name property, or
// of a layer with a name column (columns are the layer's fields; a blank
// cell may leave no property), is named from it alone: the layer's
// display field may be another column (ChooseNameField takes "khoroo"
// when it tells more points apart than a name column with blanks), and a
// point left unnamed stays unnamed. The display field names only a
// feature with no name property. A row of one of this package's exports
// is named by its "name" alone, never by its label (see pointFields; a
// KML placemark's <name> is that label, and the export writes "name"
// even empty). A placemark named after the point's uuid, as earlier
// exports labelled an unnamed point, is unnamed too.
func pointName(l *geo.Layer, nameColumn bool, pr geo.Props) string {
	var name string
	if pr.Text("annotation") == "service_point" { // an export's row: its label is no name
		name = strings.TrimSpace(pr.Text("name"))
	} else if nameColumn || slices.ContainsFunc(nameKeys, func(k string) bool { _, ok := pr.Get(k); return ok }) {
		for _, k := range nameKeys {
			if name = strings.TrimSpace(pr.Text(k)); name != "" {
				break
			}
		}
	} else {
		name = strings.TrimSpace(pr.Text(l.NameField))
	}
	if strings.EqualFold(name, pr.Text("uuid")) {
		return ""
	}
	return name
}

// hasNameColumn reports whether one of a layer's fields is a name
// property.
func hasNameColumn(l *geo.Layer) bool {
	fields := l.Fields()
	return slices.ContainsFunc(nameKeys, func(k string) bool { return slices.Contains(fields, k) })
}
