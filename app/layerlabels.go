package app

import (
	"fmt"

	"github.com/khoroomap/khoroomap/geo"
	geoplace "github.com/khoroomap/khoroomap/geo/place"
)

// khorooLabels are the names the map prints for ml's features: for a
// layer of khoroos of several districts (the city's 204) each with its
// district's short name, "СБД 1-р хороо", as a printed page does; nil
// (the features' names) for any other layer. They are worked out again
// only when the role, the name field or the features change.
func (ml *mapLayer) khorooLabels() []string {
	key := fmt.Sprint(ml.role, "|", ml.layer.NameField, "|", len(ml.layer.Features), "|", ml.layer.Source)
	if ml.labelsOf == key {
		return ml.labels
	}
	ml.labels, ml.labelsOf = nil, key
	if ml.role != geo.RoleKhoroo || ml.layer.Kind != geo.Polygons {
		return nil
	}
	ks := make([]geoplace.Khoroo, len(ml.layer.Features))
	for i := range ml.layer.Features {
		ks[i] = geoplace.KhorooOf(&ml.layer.Features[i], ml.layer.Source)
	}
	if geoplace.SeveralDistricts(ks) {
		ml.labels = geoplace.Labels(ks, "")
	}
	return ml.labels
}
