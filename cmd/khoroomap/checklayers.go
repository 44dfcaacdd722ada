package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/khoroomap/khoroomap/geo/load"
)

// layerReport is what `check` says of one layer of a file: what an
// import makes of it, and what it holds.
type layerReport struct {
	Name      string   `json:"name"`
	Kind      string   `json:"kind"` // "" for an empty Shapefile
	Features  int      `json:"features"`
	Role      string   `json:"role"`          // see load.Part.Role
	Boundary  string   `json:"boundary_role"` // with role "boundary": khoroo, kheseg, ger_area, district, other
	Mapped    bool     `json:"mapped"`        // came with a Khoroo Map export's NAME_fields.csv
	NameField string   `json:"name_field"`
	Names     []string `json:"names"`
	Fields    []string `json:"attributes"`
	Warnings  []string `json:"warnings"`
}

// describePart turns what load.Parts says of a layer into its report.
func describePart(p load.Part) layerReport {
	l := p.Layer
	r := layerReport{Name: p.Name, Features: len(l.Features), Role: p.Role, Mapped: p.Mapped, NameField: l.NameField,
		Names: sampleOf(l), Fields: l.Fields(), Warnings: append([]string{}, l.Warnings...)}
	if r.Fields == nil {
		r.Fields = []string{}
	}
	if p.Role != load.RoleEmpty {
		r.Kind = l.Kind.String()
	}
	if p.Role == load.RoleBoundary {
		r.Boundary = p.Boundary.String()
	}
	return r
}

// roleWords says in words what an import makes of a layer.
func roleWords(r layerReport) string {
	switch r.Role {
	case load.RoleBoundary:
		return "a boundary layer (" + strings.ReplaceAll(r.Boundary, "_", " ") + ")"
	case load.RoleServicePoints:
		return "service points"
	case load.RoleGapPoints:
		return "gap points"
	case load.RoleGapAreas:
		return "gap areas"
	case load.RoleLines:
		return "a line layer (the route walked)"
	case load.RoleSkipped:
		if r.Kind == "points" {
			return "left out beside the areas (import -as points takes them as service points)"
		}
		return "left out beside the points (import without -as points takes them as a boundary layer)"
	}
	return "nothing"
}

// layerLine says in one line what a layer holds and what an import
// makes of it: "Schools: 12 points → service points".
func layerLine(r layerReport) string {
	if r.Features == 0 {
		return r.Name + ": no features"
	}
	kind := r.Kind
	if r.Features == 1 {
		kind = strings.TrimSuffix(kind, "s")
	}
	return fmt.Sprintf("%s: %d %s → %s", r.Name, r.Features, kind, roleWords(r))
}

// printLayer writes one layer's rows of the human-readable report.
func printLayer(w io.Writer, r layerReport) {
	row := func(k, v string) { fmt.Fprintf(w, "    %-11s %s\n", k+":", visible(v)) }
	fmt.Fprintf(w, "  %-11s %s\n", "layer:", visible(layerLine(r)))
	if r.Features == 0 {
		return
	}
	nameField := r.NameField
	if nameField == "" {
		nameField = "(none: features are numbered)"
	}
	row("name field", nameField)
	names := strings.Join(r.Names, ", ")
	if r.Features > len(r.Names) {
		names += ", …"
	}
	row("names", names)
	row("attributes", strings.Join(r.Fields, ", "))
	for _, warn := range r.Warnings {
		row("warning", warn)
	}
}
