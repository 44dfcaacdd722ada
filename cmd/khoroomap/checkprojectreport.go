package main

import (
	"fmt"
	"io"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// describeProject fills the report of a project: a layer report per
// boundary layer, the annotations counted, the bounds of them all.
func (r *checkReport) describeProject(ls []store.Layer, points []annot.Point, gaps []annot.Gap, categories int) {
	var bound orb.Bound
	have := false
	grow := func(b orb.Bound) {
		if !have {
			bound, have = b, true
			return
		}
		bound = bound.Union(b)
	}
	for _, l := range ls {
		r.Features += len(l.Layer.Features)
		if len(l.Layer.Features) > 0 {
			grow(l.Layer.Bound)
		}
		r.Layers = append(r.Layers, projectLayer(l))
	}
	a := &annotReport{ServicePoints: len(points), Categories: categories}
	for _, p := range points {
		grow(p.Location.Bound())
	}
	for _, g := range gaps {
		if _, ok := g.Geometry.(orb.Point); ok {
			a.GapPoints++
		} else {
			a.GapAreas++
		}
		grow(g.Geometry.Bound())
	}
	r.Annotations = a
	r.BBox = [4]float64{bound.Min[0], bound.Min[1], bound.Max[0], bound.Max[1]}
	r.CRS = "EPSG:4326"
}

// projectLayer reports a boundary layer kept in a project.
func projectLayer(l store.Layer) layerReport {
	g := l.Layer
	r := layerReport{Name: l.Table, Kind: g.Kind.String(), Features: len(g.Features), Role: "boundary", Boundary: l.Role.String(),
		NameField: g.NameField, Names: sampleOf(g), Fields: g.Fields(), Warnings: append([]string{}, g.Warnings...)}
	if r.Fields == nil {
		r.Fields = []string{}
	}
	r.Line = fmt.Sprintf("%s: %d %s (%s)", l.Table, r.Features, r.Kind, r.Boundary)
	return r
}

// printAnnotations writes a project's annotation counts.
func printAnnotations(w io.Writer, a *annotReport) {
	fmt.Fprintf(w, "  %-11s %d service points, %d gap points, %d gap areas; %d categories\n", "annotations:", a.ServicePoints, a.GapPoints, a.GapAreas, a.Categories)
}
