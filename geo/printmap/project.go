package printmap

import (
	"fmt"
	"image/color"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/place"
	"github.com/khoroomap/khoroomap/geo/render"
)

// drawOrder puts districts at the bottom, then other areas, ger-area
// fills, kheseg lines, khoroo outlines and points, as on screen.
var drawOrder = map[geo.Role]int{geo.RoleDistrict: 0, geo.RoleOther: 1, geo.RoleGerArea: 2, geo.RoleKheseg: 3, geo.RoleKhoroo: 4, geo.RolePoints: 5}

// Layer is a boundary or point layer as a project keeps it: its role, the
// colour the user picked (none when its alpha is zero) and whether it is
// hidden.
type Layer struct {
	Layer  *geo.Layer
	Role   geo.Role
	Colour color.NRGBA
	Hidden bool
}

// FromLayers makes the printable project of a project's layers (in their
// roles' styles, with the colours the user picked) and annotations.
func FromLayers(title string, layers []Layer, s *annot.Set) *Project {
	p := &Project{Title: title, Annotations: s}
	for _, role := range []geo.Role{geo.RoleDistrict, geo.RoleOther, geo.RoleGerArea, geo.RoleKheseg, geo.RoleKhoroo, geo.RolePoints} {
		for _, sl := range layers {
			if sl.Role != role {
				continue
			}
			st := render.DefaultStyle(sl.Role)
			if c := sl.Colour; c.A != 0 {
				st = st.Recoloured(sl.Role, c) // as the window does
			}
			p.Layers = append(p.Layers, render.DrawLayer{Layer: sl.Layer, Role: sl.Role, Style: st, Hidden: sl.Hidden})
		}
	}
	return p
}

// Areas lists the features of the project's layers of a role (khoroo,
// kheseg or ger area) that a page or an atlas can be about, in layer
// order, each with its key and the district it lies in: the one its
// attributes, name or file give, else the district layer's under it.
func (p *Project) Areas(role geo.Role) []Area {
	var out []Area
	for _, dl := range p.Layers {
		if dl.Role == role {
			out = append(out, p.layerAreas(dl)...)
		}
	}
	return out
}

// layerAreas are the areas of one layer (see Areas).
func (p *Project) layerAreas(dl render.DrawLayer) []Area {
	if dl.Layer.Kind != geo.Polygons {
		return nil
	}
	var out []Area
	for i, k := range p.describe(dl.Layer) {
		f := &dl.Layer.Features[i]
		if mp, ok := f.Geometry.(orb.MultiPolygon); ok {
			out = append(out, Area{Name: f.Name, Key: place.AreaKey(dl.Role, k), Role: dl.Role, Geometry: mp, District: k.District.Name})
		}
	}
	return out
}

// describe tells each feature's district and number (see
// place.KhorooOf), the district from the district layers when the
// feature's attributes, name and file do not tell it. It is worked out
// once per layer; the result is shared, not to be changed.
func (p *Project) describe(l *geo.Layer) []place.Khoroo {
	return p.places.get(l, func() []place.Khoroo { return p.districtAssigner().Describe(l) })
}

// districtAssigner looks districts up in the project's district layers.
func (p *Project) districtAssigner() *annot.Assigner {
	var districts []annot.Boundary
	for _, dl := range p.Layers {
		if dl.Role == geo.RoleDistrict {
			districts = append(districts, annot.Boundary{Layer: dl.Layer, Role: geo.RoleDistrict})
		}
	}
	return annot.NewAssigner(districts)
}

// FindArea finds an area by name among the khoroos, kheseg, ger areas
// and districts (see Districts), in Cyrillic or Latin (as the search box does); words of the district
// may follow, to tell apart khoroos of the same number ("1-р хороо
// Багануур"). When none matches the error lists the closest names; when
// several do, it lists them with their districts.
func (p *Project) FindArea(name string) (Area, error) {
	var all []Area
	for _, r := range []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea} {
		all = append(all, p.Areas(r)...)
	}
	all = append(all, p.Districts()...)
	key := geo.SearchKey(name)
	var exact, words []Area
	for _, a := range all {
		full := strings.TrimSpace(a.Name + " " + a.District)
		switch {
		case geo.SearchKey(a.Name) == key || geo.SearchKey(full) == key:
			exact = append(exact, a)
		case geo.MatchName(full, name):
			words = append(words, a)
		}
	}
	found := exact
	if len(found) == 0 {
		found = words
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return Area{}, fmt.Errorf("printmap: no area is called %q; the closest names are: %s", name, strings.Join(closest(all, key, 5), ", "))
	}
	var names []string
	for i, a := range found {
		if i == 8 {
			names = append(names, "…")
			break
		}
		names = append(names, strings.TrimSpace(a.Name+" "+a.District))
	}
	return Area{}, fmt.Errorf("printmap: %d areas are called %q: %s; add the district's name", len(found), name, strings.Join(names, ", "))
}

// closest lists up to n area names nearest to key by edit distance.
func closest(areas []Area, key string, n int) []string {
	type scored struct {
		name string
		d    int
	}
	seen := map[string]bool{}
	var ss []scored
	for _, a := range areas {
		if !seen[a.Name] {
			seen[a.Name] = true
			ss = append(ss, scored{a.Name, editDistance(geo.SearchKey(a.Name), key)})
		}
	}
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].d < ss[j].d })
	var out []string
	for i := 0; i < len(ss) && i < n; i++ {
		out = append(out, ss[i].name)
	}
	return out
}

// editDistance is the Levenshtein distance between two strings, by rune.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Inside keeps the areas that lie within another (their label point in
// it): the kheseg of one khoroo, say.
func Inside(areas []Area, outer Area) []Area {
	var out []Area
	ob := outer.Geometry.Bound()
	for _, a := range areas {
		if len(a.Geometry) == 0 {
			continue
		}
		c := geo.LabelPoint(a.Geometry[0], 1e-6)
		if ob.Contains(c) && planar.MultiPolygonContains(outer.Geometry, c) {
			out = append(out, a)
		}
	}
	return out
}
