package load

import (
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// All reads the file at path as File does, and a second layer where one
// file holds two things to import:
//   - a GPX file whose tracks or routes were left out beside its
//     waypoints: the lines too, so that an import keeps both the places
//     and the route walked;
//   - a file exported by Khoroo Map (KMZ, KML, Shapefile zip, GeoJSON)
//     whose areas are all gaps (see IsGap): its points (service points
//     and gap points) and its gap areas, the points first, whichever
//     kind opt asks for.
func All(path string, opt Options) ([]*geo.Layer, error) {
	l, err := File(path, opt)
	if err != nil {
		return nil, err
	}
	switch {
	case l.Format == "GPX" && l.Kind != geo.Lines:
		lines, err := File(path, Options{Lines: true})
		if err != nil || lines.Kind != geo.Lines { // no lines: the points were all
			return []*geo.Layer{l}, nil
		}
		return []*geo.Layer{l, lines}, nil
	case l.Kind == geo.Polygons && allGaps(l):
		points, err := File(path, Options{Points: true})
		if err != nil || points.Kind != geo.Points {
			return []*geo.Layer{l}, nil
		}
		l.Warnings = dropPointsWarning(l.Warnings) // the points are the other layer, not label points
		return []*geo.Layer{points, l}, nil
	case l.Kind == geo.Points && opt.Points && slices.ContainsFunc(l.Features, exported):
		areas, err := File(path, Options{})
		if err != nil || areas.Kind != geo.Polygons || !allGaps(areas) {
			return []*geo.Layer{l}, nil
		}
		areas.Warnings = dropPointsWarning(areas.Warnings)
		return []*geo.Layer{l, areas}, nil
	}
	return []*geo.Layer{l}, nil
}

// IsGap reports whether a feature's properties mark it as a gap, as
// Khoroo Map's exports (GeoJSON, CSV, KML, KMZ, Shapefile zip) mark every
// row: annotation=gap.
func IsGap(p geo.Props) bool { return p.Text("annotation") == "gap" }

// exported reports whether a feature is a row of a Khoroo Map export
// (annotation=point or gap).
func exported(f geo.Feature) bool { return f.Props.Text("annotation") != "" }

// allGaps reports whether every feature of l is a gap.
func allGaps(l *geo.Layer) bool {
	for i := range l.Features {
		if !IsGap(l.Features[i].Props) {
			return false
		}
	}
	return len(l.Features) > 0
}

func dropPointsWarning(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !strings.Contains(w, whyPoints) && !strings.Contains(w, whyPointLayers) {
			out = append(out, w)
		}
	}
	return out
}
