package printmap

import (
	"cmp"
	"slices"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/place"
)

// tableAreas lists the areas a page's summary has a row for, holding
// something or not: on a page about a khoroo, its kheseg (or the khoroo
// alone when none are loaded); on a page about another area, that area;
// on a page of the project or a view, the areas of the coverage's kind,
// else the khoroos, kheseg or ger areas whose label point the frame shows
// (the kheseg when it shows a single khoroo). Areas are in district,
// then natural name order.
func (p *Project) tableAreas(shown orb.Bound, focus *Area, cov *Coverage) []Area {
	roles := []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea}
	if cov != nil {
		roles = []geo.Role{cov.By}
	}
	var out []Area
	switch {
	case focus != nil:
		out = []Area{*focus}
		if focus.Role == geo.RoleKhoroo && (cov == nil || cov.By == geo.RoleKheseg) {
			if ks := Inside(p.Areas(geo.RoleKheseg), *focus); len(ks) > 0 {
				out = ks
			}
		}
	default:
		for _, r := range roles {
			if out = shownAreas(p.Areas(r), shown); len(out) > 0 {
				break
			}
		}
		if len(out) == 1 && out[0].Role == geo.RoleKhoroo && cov == nil {
			if ks := Inside(p.Areas(geo.RoleKheseg), out[0]); len(ks) > 0 {
				out = ks
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Area) int {
		if c := cmp.Compare(a.District, b.District); c != 0 {
			return c
		}
		if naturalLess(a.Name, b.Name) {
			return -1
		}
		if naturalLess(b.Name, a.Name) {
			return 1
		}
		return 0
	})
	return out
}

// shownAreas keeps the areas whose label point lies in the frame.
func shownAreas(areas []Area, shown orb.Bound) []Area {
	var out []Area
	for _, a := range areas {
		if len(a.Geometry) > 0 && a.Geometry.Bound().Intersects(shown) && shown.Contains(geo.LabelPoint(a.Geometry[0], 1e-6)) {
			out = append(out, a)
		}
	}
	return out
}

// rowNames are the areas' names as rows print them: with the district's
// short name ("СБД 6-р хороо") when the areas span several districts.
func rowNames(areas []Area) []string {
	several := false
	for _, a := range areas {
		several = several || a.District != areas[0].District
	}
	out := make([]string, len(areas))
	for i, a := range areas {
		out[i] = a.Name
		if d, ok := place.FindDistrict(a.District); ok && several {
			out[i] = place.Khoroo{District: d, Name: a.Name}.Label()
		}
	}
	return out
}
