package geo

import (
	"github.com/paulmach/orb"
)

// Kind tells what a layer holds.
type Kind int

const (
	// Polygons is a boundary layer: every feature is an orb.MultiPolygon.
	Polygons Kind = iota
	// Points is a layer of places: every feature is an orb.Point.
	Points
	// Lines is a reference layer of lines, such as a GPS track (the route
	// walked): every feature is an orb.MultiLineString.
	Lines
)

// String returns "polygons", "points" or "lines".
func (k Kind) String() string {
	switch k {
	case Points:
		return "points"
	case Lines:
		return "lines"
	}
	return "polygons"
}

// ParseKind reads a Kind's String form; other text is Polygons.
func ParseKind(s string) Kind {
	switch s {
	case "points":
		return Points
	case "lines":
		return Lines
	}
	return Polygons
}

// Feature is one named thing on the map. Geometry is an orb.MultiPolygon in
// a Polygons layer, an orb.Point in a Points layer and an
// orb.MultiLineString in a Lines layer; Name is the display
// name taken from the layer's name field, or a numbered stand-in.
type Feature struct {
	Name     string
	Props    Props
	Geometry orb.Geometry
}

// Layer is the content of one file, ready to draw. A Layer is not safe for
// concurrent mutation; once loaded it may be read from many goroutines.
type Layer struct {
	// Source is the path the layer was read from.
	Source string
	// Format is the detected file format: "GeoJSON", "KML", "KMZ" or "TopoJSON".
	Format string
	// Title is a name the file itself gives the layer, if any.
	Title string
	// Attribution is the source or licence the file states for its data
	// ("" when it states none).
	Attribution string
	Kind        Kind
	// Features in file order.
	Features []Feature
	// NameField is the property the feature names come from ("" when none fits).
	NameField string
	// CRS describes the coordinate system the file was written in.
	CRS string
	// Warnings lists what was repaired or skipped, one sentence each.
	Warnings []string
	// Bound is the bounding box of all features in lon/lat.
	Bound orb.Bound
}

// Fields lists the property keys of the layer in first-seen order.
func (l *Layer) Fields() []string {
	seen := map[string]bool{}
	var keys []string
	for i := range l.Features {
		for _, p := range l.Features[i].Props {
			if !seen[p.Key] {
				seen[p.Key] = true
				keys = append(keys, p.Key)
			}
		}
	}
	return keys
}

// ComputeBound sets Bound from the features' geometry.
func (l *Layer) ComputeBound() {
	first := true
	for i := range l.Features {
		b := l.Features[i].Geometry.Bound()
		if first {
			l.Bound, first = b, false
			continue
		}
		l.Bound = l.Bound.Union(b)
	}
}
