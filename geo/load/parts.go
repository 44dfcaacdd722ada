package load

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// Part is one layer of a file as an import takes it (see Parts): what
// `khoroomap check` describes and `khoroomap import` reports.
type Part struct {
	// Name is the layer's name inside the file: a Shapefile's path in a
	// zip (without .shp), else the file's own title or its name.
	Name string
	// Role is what the import makes of the part: RoleServicePoints,
	// RoleGapPoints, RoleGapAreas, RoleBoundary (Boundary says which),
	// RoleLines, RoleSkipped (read, but left out beside the file's other
	// kind of feature) or RoleEmpty (no features).
	Role string
	// Boundary is the role of the layer made of the part, as given or
	// inferred (see Take); with RoleBoundary and RoleLines only.
	Boundary geo.Role
	// Mapped reports whether the part came with the NAME_fields.csv a
	// Khoroo Map export writes beside each Shapefile.
	Mapped bool
	// Layer holds the part's features, name field, bound and warnings
	// (no features with RoleEmpty).
	Layer *geo.Layer
}

// What an import makes of a part (see Part.Role).
const (
	RoleServicePoints = "service_points"
	RoleGapPoints     = "gap_points"
	RoleGapAreas      = "gap_areas"
	RoleBoundary      = "boundary"
	RoleLines         = "lines"
	RoleSkipped       = "skipped"
	RoleEmpty         = "empty"
)

// Parts describes the layers ls that All read from the file at path, as
// an import with the role as (nil: guessed) takes them: a Shapefile zip
// one part per Shapefile (read again, each on its own), any other file
// one part per layer, a layer of points split into its service points and
// its gap points. It fails only when the zip cannot be read again.
func Parts(path string, ls []*geo.Layer, as *geo.Role) ([]Part, error) {
	if len(ls) > 0 && ls[0].Format == "Shapefile" {
		return shapeParts(path, ls, as)
	}
	var out []Part
	for _, l := range ls {
		for _, sub := range splitGaps(l) {
			out = append(out, part(layerName(path, l), sub, l, as))
		}
	}
	return append(out, skippedPoints(path, ls, as)...), nil
}

// skippedPoints describes the points a file holds beside its areas, which
// the import leaves out (label points, or places: -as points takes
// them), read again on their own.
func skippedPoints(path string, ls []*geo.Layer, as *geo.Role) []Part {
	var areas *geo.Layer
	for _, l := range ls {
		switch {
		case l.Kind == geo.Points:
			return nil
		case l.Kind == geo.Polygons && slices.ContainsFunc(l.Warnings, func(w string) bool { return strings.Contains(w, whyPoints) }):
			areas = l
		}
	}
	if areas == nil {
		return nil
	}
	points, err := File(path, Options{Points: true})
	if err != nil || points.Kind != geo.Points {
		return nil
	}
	points.Warnings = nil // the file's, said with its areas
	return []Part{part(layerName(path, points), points, nil, as)}
}

// layerName is a layer's own title, else its file's name.
func layerName(path string, l *geo.Layer) string {
	return firstNonEmpty(l.Title, filepath.Base(path))
}

// part names what an import makes of the features of sub, read from a
// file whose layer of the same kind is whole (nil: none, so the import
// leaves sub out), by the rule of Take.
func part(name string, sub, whole *geo.Layer, as *geo.Role) Part {
	p := Part{Name: name, Layer: sub}
	switch {
	case len(sub.Features) == 0:
		p.Role = RoleEmpty
	case whole == nil:
		p.Role = RoleSkipped
	default:
		p.Role, p.Boundary = Take(whole, as)
		if p.Role == RoleServicePoints && allGaps(sub) {
			p.Role = RoleGapPoints
		}
	}
	return p
}

// splitGaps splits a layer of points into its service points and its
// gap points (a Khoroo Map export's KMZ, KML or GeoJSON holds both);
// a layer that is all one or all the other comes back whole.
func splitGaps(l *geo.Layer) []*geo.Layer {
	if l.Kind != geo.Points || allGaps(l) || !anyGap(l) {
		return []*geo.Layer{l}
	}
	points, gaps := *l, *l
	points.Features, gaps.Features = nil, nil
	for _, f := range l.Features {
		if IsGap(f.Props) {
			gaps.Features = append(gaps.Features, f)
		} else {
			points.Features = append(points.Features, f)
		}
	}
	points.ComputeBound()
	gaps.ComputeBound()
	gaps.Warnings = nil // said once, with the first
	return []*geo.Layer{&points, &gaps}
}

// anyGap reports whether any feature of l is a gap (see IsGap).
func anyGap(l *geo.Layer) bool {
	for i := range l.Features {
		if IsGap(l.Features[i].Props) {
			return true
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
