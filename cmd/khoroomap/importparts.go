package main

import (
	"slices"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// officeZipLines says, one line each, what an import makes of the
// Shapefiles of a zip Khoroo Map did not write (no NAME_fields.csv beside
// them): which became boundary layers, which service points, which were
// left out. Other files give no lines: their counts say it all.
func officeZipLines(path string, ls []*geo.Layer, as *geo.Role) ([]string, error) {
	if len(ls) == 0 || ls[0].Format != "Shapefile" {
		return nil, nil
	}
	parts, err := load.Parts(path, ls, as)
	if err != nil || !slices.ContainsFunc(parts, func(p load.Part) bool { return !p.Mapped }) {
		return nil, err
	}
	var lines []string
	for _, p := range parts {
		lines = append(lines, visible(path+": "+partLine(p)))
	}
	return lines, nil
}
