package coverage

import (
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/place"
)

// DefaultDistances are the walking distances, in metres, a service of
// each category should be within: what trainers start from and may change.
var DefaultDistances = map[string]float64{
	"water_kiosk": 500, "kindergarten": 500, "school": 1000, "family_health_centre": 1000,
	"bus_stop": 500, "waste_point": 300,
}

// DefaultDistance is the starting distance for a category: its own, or
// 500 m.
func DefaultDistance(category string) float64 {
	if d, ok := DefaultDistances[category]; ok {
		return d
	}
	return 500
}

// SettingKey is the project setting that keeps a trainer's distance for a
// category.
func SettingKey(category string) string { return "coverage_distance." + category }

// populationKeys and householdKeys are the properties real boundary files
// keep residents and households in.
var (
	populationKeys = []string{"KHOROO_POP", "population", "Population", "POPULATION", "pop", "POP", "хүн_ам", "Хүн ам", "khun_am"}
	householdKeys  = []string{"households", "Households", "HOUSEHOLDS", "HH", "hh", "өрх", "Өрх"}
)

// AreasOf makes the areas of a boundary layer, with their keys and
// districts (see place.KhorooOf), and the population and households their
// attributes give (0 when they give none).
func AreasOf(l *geo.Layer, role geo.Role) []Area {
	return areasOf(annot.NewAssigner(nil), l, role)
}

// areasOf makes the areas of l, its districts told by a.
func areasOf(a *annot.Assigner, l *geo.Layer, role geo.Role) []Area {
	var out []Area
	ks := a.Describe(l)
	for i, f := range l.Features {
		mp, ok := f.Geometry.(orb.MultiPolygon)
		if !ok {
			continue
		}
		k := ks[i]
		district := k.District.Name
		if district == "" {
			district = text(f.Props, districtKeys)
		}
		out = append(out, Area{Name: f.Name, Key: place.AreaKey(role, k), District: district, Role: role, Geometry: mp,
			Population: number(f.Props, populationKeys), Households: number(f.Props, householdKeys)})
	}
	return out
}

// districtKeys are the properties that name an area's district.
var districtKeys = []string{"district", "District", "duureg", "DUUREG", "Duureg", "district_name"}

func text(p geo.Props, keys []string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(p.Text(k)); v != "" {
			return v
		}
	}
	return ""
}

func number(p geo.Props, keys []string) float64 {
	for _, k := range keys {
		v, ok := p.Get(k)
		if !ok {
			continue
		}
		switch x := v.(type) {
		case float64:
			return x
		case string:
			if f, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(x), " ", ""), 64); err == nil {
				return f
			}
		}
	}
	return 0
}

// WorkingPoints are the locations of a category's service points that
// serve people now (working ones).
func WorkingPoints(s *annot.Set, category string) []orb.Point {
	var out []orb.Point
	for _, p := range s.Points {
		if p.Category == category && p.Status == annot.Working {
			out = append(out, p.Location)
		}
	}
	return out
}
