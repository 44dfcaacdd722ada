package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/words"
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
	Line      string   `json:"-"` // see partLine
}

// describePart turns what load.Parts says of a layer into its report.
func describePart(p load.Part) layerReport {
	l := p.Layer
	r := layerReport{Name: p.Name, Features: len(l.Features), Role: p.Role, Mapped: p.Mapped, NameField: l.NameField,
		Names: sampleOf(l), Fields: l.Fields(), Warnings: append([]string{}, l.Warnings...), Line: partLine(p)}
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

// cmdHints end the line of a part the import leaves out: how to take it.
var cmdHints = map[string]string{
	"points":   " (import -as points takes them as service points)",
	"polygons": " (import without -as points takes them as a boundary layer)",
}

// partLine is the window's line for a part (see load.Part.Line), in
// English, with the import command's hint for a part it leaves out.
func partLine(p load.Part) string {
	line := p.Line(words.EN)
	if p.Role == load.RoleSkipped {
		line += cmdHints[p.Layer.Kind.String()]
	}
	return line
}

// printLayer writes one layer's rows of the human-readable report.
func printLayer(w io.Writer, r layerReport) {
	row := func(k, v string) { fmt.Fprintf(w, "    %-11s %s\n", k+":", visible(v)) }
	fmt.Fprintf(w, "  %-11s %s\n", "layer:", visible(r.Line))
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
	row("attributes", geo.ShortList(r.Fields, 200))
	for _, warn := range r.Warnings {
		row("warning", warn)
	}
}
