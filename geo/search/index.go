package search

import (
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// Item is one thing to find: a feature of a layer, or an annotation.
type Item struct {
	Name  string
	Props geo.Props
	// ID is an annotation's ID; "" for a layer's feature.
	ID string
}

// Index holds layers cut into words, ready to search. Add every layer
// first; once adding is done Find is safe for concurrent use.
type Index struct {
	layers []layer
}

type layer struct {
	title    field
	kind     field  // what its role calls its features: "хороо" for khoroos
	district string // the district the layer's title names, or ""
	entries  []entry
}

type entry struct {
	item     Item
	fields   []field // the name first, then the properties
	district string
}

// field is a name or a property value cut into words.
type field struct {
	found  Field // what a match reports when a word is found here
	words  []string
	joined string // the words run together, for "songinohairhan"
}

func (c *cutter) field(in Place, key, value string) field {
	ws := c.cut(value)
	return field{found: Field{In: in, Key: key, Value: value}, words: ws, joined: c.join(ws)}
}

// Add indexes one layer's items under title (the layer's name as the
// window shows it, which is searched too: "hud" in a file called hud.kml).
// The role tells what its features are, so that "хороо" in a query ranks
// khoroos first even when their names do not say so ("СБД_06"). Layers
// are ranked, on equal matches, in the order they are added.
func (ix *Index) Add(title string, role geo.Role, items []Item) {
	c := newCutter()
	l := layer{title: c.field(InLayer, "", title), kind: c.field(InRole, "", kindWords[role]), entries: make([]entry, len(items))}
	l.district = districtIn(l.title.words)
	for i, it := range items {
		l.entries[i] = c.entry(it, l.district)
	}
	ix.layers = append(ix.layers, l)
}

// kindWords are what each role calls its features, as queries say it.
var kindWords = map[geo.Role]string{geo.RoleKhoroo: "хороо", geo.RoleKheseg: "хэсэг", geo.RoleGerArea: "гэр хороолол", geo.RoleDistrict: "дүүрэг"}

// entry cuts an item's name and text and number properties into words
// and finds its district: from a district property, else its name, else
// its layer's.
func (c *cutter) entry(it Item, layerDistrict string) entry {
	e := entry{item: it, fields: make([]field, 1, 1+len(it.Props))}
	e.fields[0] = c.field(InName, "", it.Name)
	for _, p := range it.Props {
		v := propText(p.Value)
		if v == "" || v == it.Name {
			continue
		}
		e.fields = append(e.fields, c.field(InProperty, p.Key, v))
		if e.district == "" && c.isDistrictKey(p.Key) {
			e.district = districtIn(e.fields[len(e.fields)-1].words)
			if e.district == "" {
				e.district = strings.TrimSpace(v)
			}
		}
	}
	if e.district == "" {
		e.district = districtIn(e.fields[0].words)
	}
	if e.district == "" {
		e.district = layerDistrict
	}
	return e
}

// propText is a property value as searchable text: strings and numbers;
// other values are not searched.
func propText(v any) string {
	switch v.(type) {
	case string, float64:
		return strings.TrimSpace(geo.FormatValue(v))
	}
	return ""
}

// districtIn names the first district among folded words, or "".
func districtIn(ws []string) string {
	for _, w := range ws {
		if n := districtName(w); n != "" {
			return n
		}
	}
	return ""
}

// Items lists a layer's features as search items, with their names.
func Items(l *geo.Layer) []Item {
	items := make([]Item, len(l.Features))
	for i := range l.Features {
		items[i] = Item{Name: l.Features[i].Name, Props: l.Features[i].Props}
	}
	return items
}

// Title is a layer's name as the window shows it: its file's name.
func Title(l *geo.Layer) string {
	if l.Source != "" {
		return filepath.Base(l.Source)
	}
	return l.Title
}
