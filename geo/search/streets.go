package search

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/streets"
)

// StreetsTitle is the title the window and `khoroomap find` give the
// street map's layer.
const StreetsTitle = "OpenStreetMap"

// StreetReach is how close to a street, in metres, a service point must
// be to count as on it.
const StreetReach = 40

// Streets lists the named roads and paths of a street map, one item per
// name (OpenStreetMap cuts a street into many ways): named in lang, with
// its other spellings (name, name:mn, name:en) as properties so any of
// them finds it. bounds[i] is the lon/lat box of every way of item i.
func Streets(s *streets.Set, lang string) (items []Item, bounds []orb.Bound) {
	if s == nil {
		return nil, nil
	}
	at := map[string]int{}
	for i := range s.Features {
		f := &s.Features[i]
		name := f.Label(lang)
		if !f.Class.Road() || name == "" {
			continue
		}
		b := f.Geometry.Bound()
		if k, ok := at[name]; ok {
			bounds[k] = bounds[k].Union(b)
			continue
		}
		at[name] = len(items)
		items = append(items, Item{Name: name, Props: geo.Props{
			{Key: "name", Value: f.Name}, {Key: "name:mn", Value: f.NameMN}, {Key: "name:en", Value: f.NameEN}}})
		bounds = append(bounds, b)
	}
	return items, bounds
}

// AlongStreets gives the service points and gap points among items (as
// Annotations made them from set) a "street" property: the street they
// stand on, within StreetReach, so "ус Их тойруу" finds the water kiosks
// along Их тойруу. Items of other annotations are left as they are.
func AlongStreets(items []Item, set *annot.Set, st *streets.Set, lang string) {
	if set == nil || st == nil {
		return
	}
	where := map[string]orb.Point{}
	for _, p := range set.Points {
		where[p.ID] = p.Location
	}
	for _, g := range set.Gaps {
		if pt, ok := g.Geometry.(orb.Point); ok {
			where[g.ID] = pt
		}
	}
	for i := range items {
		if p, ok := where[items[i].ID]; ok {
			if name := st.NearestStreet(p, StreetReach, lang); name != "" {
				items[i].Props = append(items[i].Props, geo.Prop{Key: "street", Value: name})
			}
		}
	}
}
