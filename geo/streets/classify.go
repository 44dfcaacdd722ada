package streets

import "github.com/paulmach/osm"

// highways maps highway=* values to classes; values not listed (proposed,
// construction, platform...) are left out.
var highways = map[string]Class{
	"motorway": Major, "motorway_link": Major, "trunk": Major, "trunk_link": Major,
	"primary": Primary, "primary_link": Primary,
	"secondary": Secondary, "secondary_link": Secondary,
	"tertiary": Tertiary, "tertiary_link": Tertiary,
	"residential": Street, "unclassified": Street, "living_street": Street, "road": Street,
	"service": Service, "track": Track,
	"footway": Path, "path": Path, "pedestrian": Path, "steps": Path, "cycleway": Path, "bridleway": Path,
}

// parks are landuse, leisure and natural values drawn as green areas.
var parks = map[string]bool{
	"park": true, "garden": true, "pitch": true, "playground": true, "grass": true,
	"forest": true, "wood": true, "meadow": true, "recreation_ground": true, "village_green": true,
}

// classifyWay says what a way is, and whether it is an area (a closed
// way drawn filled). Unknown means the way is not drawn.
func classifyWay(t osm.Tags) (c Class, area bool) {
	if v := t.Find("highway"); v != "" {
		return highways[v], false
	}
	if v := t.Find("railway"); v == "rail" || v == "light_rail" || v == "tram" || v == "narrow_gauge" {
		return Rail, false
	}
	switch t.Find("waterway") {
	case "river", "canal":
		return River, false
	case "stream", "ditch", "drain":
		return Stream, false
	case "riverbank":
		return Water, true
	}
	if t.Find("natural") == "water" || t.Find("landuse") == "reservoir" || t.Find("landuse") == "basin" {
		return Water, true
	}
	if v := t.Find("building"); v != "" && v != "no" {
		return Building, true
	}
	if v := t.Find("barrier"); v == "fence" || v == "wall" {
		return Fence, false
	}
	if parks[t.Find("leisure")] || parks[t.Find("landuse")] || parks[t.Find("natural")] {
		return Park, true
	}
	return Unknown, false
}

// classifyNode says whether a node is a place name or a house number.
func classifyNode(t osm.Tags) Class {
	if t.Find("place") != "" && t.Find("name") != "" {
		return Place
	}
	if t.Find("addr:housenumber") != "" {
		return House
	}
	return Unknown
}

// fill copies the names of tags t into f.
func (f *Feature) fill(t osm.Tags) {
	f.Name, f.NameMN, f.NameEN = t.Find("name"), t.Find("name:mn"), t.Find("name:en")
	f.Number = t.Find("addr:housenumber")
}
