package coverage

import (
	"strconv"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// Settings reads a project's settings; *store.Project is one.
type Settings interface {
	Setting(key string) (value string, ok bool, err error)
}

// Distance is the walking distance for category: the one a trainer kept
// in the project's settings (SettingKey) when it is a positive number,
// else DefaultDistance. A nil st, or one that cannot be read, gives the
// default.
func Distance(st Settings, category string) float64 {
	if st != nil {
		if v, ok, err := st.Setting(SettingKey(category)); ok && err == nil {
			if d, err := strconv.ParseFloat(v, 64); err == nil && d > 0 {
				return d
			}
		}
	}
	return DefaultDistance(category)
}

// Distances are the distances (see Distance) of the categories that have
// a default distance and that s knows: the columns of the summary.
func Distances(st Settings, s *annot.Set) map[string]float64 {
	out := map[string]float64{}
	for c := range DefaultDistances {
		if _, ok := s.Category(c); ok {
			out[c] = Distance(st, c)
		}
	}
	return out
}

// Layer is a boundary layer as the window, a page or a command holds it.
type Layer struct {
	Layer  *geo.Layer
	Role   geo.Role
	Hidden bool
}

// AreasOfRole makes the areas of the layers of role, in layer order, each
// with its key and district (see AreasOf); the district layers among
// layers tell the district where a feature's own attributes do not.
// Hidden layers are left out (what the map does not show is not ranked)
// unless hidden is set (a summary of every area).
func AreasOfRole(layers []Layer, role geo.Role, hidden bool) []Area {
	var districts []annot.Boundary
	for _, l := range layers {
		if l.Role == geo.RoleDistrict {
			districts = append(districts, annot.Boundary{Layer: l.Layer, Role: geo.RoleDistrict})
		}
	}
	var out []Area
	var a *annot.Assigner
	for _, l := range layers {
		if l.Role == role && (hidden || !l.Hidden) {
			if a == nil {
				a = annot.NewAssigner(districts)
			}
			out = append(out, areasOf(a, l.Layer, role)...)
		}
	}
	return out
}
