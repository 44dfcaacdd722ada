package streets

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Class is what a feature of the street map is; it picks the style.
type Class uint8

// The classes, roughly from bottom to top of the drawing.
const (
	Unknown  Class = iota
	Park           // parks, grass, forest, pitches, playgrounds
	Water          // lakes, ponds, river areas (polygons)
	Building       // buildings (polygons)
	Fence          // fences and walls, the plots of ger areas
	Stream         // streams, ditches, drains
	River          // rivers and canals
	Rail           // railways and tram lines
	Path           // footways, paths, steps, cycleways, pedestrian streets
	Track          // tracks: the dirt roads of ger areas
	Service        // service roads, driveways
	Street         // residential, unclassified and living streets
	Tertiary
	Secondary
	Primary
	Major // motorways and trunk roads
	Place // place names (points)
	House // house numbers (points)
)

var classNames = [...]string{"unknown", "park", "water", "building", "fence", "stream", "river", "rail",
	"path", "track", "service", "street", "tertiary", "secondary", "primary", "major", "place", "house"}

// String is the class's name as stored in the cache.
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "unknown"
}

// ParseClass is the inverse of String; an unknown name is Unknown.
func ParseClass(s string) Class {
	for i, n := range classNames {
		if n == s {
			return Class(i)
		}
	}
	return Unknown
}

// Road reports whether the class is a road or path (named streets).
func (c Class) Road() bool { return c >= Path && c <= Major }

// Feature is one element of the street map. Geometry is an
// orb.LineString, orb.Polygon or orb.Point in lon/lat.
type Feature struct {
	ID       int64 // the OpenStreetMap way or node id
	Class    Class
	Name     string // name=*
	NameMN   string // name:mn=*
	NameEN   string // name:en=*
	Number   string // addr:housenumber=*
	Geometry orb.Geometry
}

// Label is the name to write for language lang ("mn" or "en"): in
// Mongolian name:mn, then name, then name:en; in English name:en, then
// name, then name:mn. Empty when the feature has no name.
func (f *Feature) Label(lang string) string {
	order := [3]string{f.NameMN, f.Name, f.NameEN}
	if words.Of(lang) == words.EN {
		order = [3]string{f.NameEN, f.Name, f.NameMN}
	}
	for _, s := range order {
		if s != "" {
			return s
		}
	}
	return ""
}
