package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// checkReport is what `check -json` prints for one file.
type checkReport struct {
	File      string     `json:"file"`
	Format    string     `json:"format"`
	Kind      string     `json:"kind"`
	Features  int        `json:"features"`
	NameField string     `json:"name_field"`
	Names     []string   `json:"names"`
	BBox      [4]float64 `json:"bbox"`
	CRS       string     `json:"crs"`
	Warnings  []string   `json:"warnings"`
	Error     string     `json:"error"`
	// Layers describes each layer an import takes from the file (a
	// Shapefile zip's each Shapefile), or leaves out.
	Layers []layerReport `json:"layers"`
	// Annotations counts a project's annotations (nil for other files).
	Annotations *annotReport `json:"annotations,omitempty"`
}

// sampleNames is how many feature names check shows per file.
const sampleNames = 5

// runCheck implements `khoroomap check [-json] [-name FIELD] [FILE...]`;
// with no FILE it checks the embedded training sample.
// It returns 0 when every file is usable, 1 when any is not, 2 for bad usage.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON array, an object per file")
	nameField := fs.String("name", "", "name features by this property instead of the one chosen automatically")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap check [-json] [-name FIELD] [FILE...]  (no FILE: the training sample; a project .gpkg: its layers and annotations)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opt := load.Options{NameField: *nameField}
	var reports []checkReport
	for _, path := range fs.Args() {
		if isProject(path) {
			reports = append(reports, checkProject(path))
			continue
		}
		reports = append(reports, check(path, load.Detect(path), func() ([]*geo.Layer, error) { return load.All(path, opt) }))
	}
	if fs.NArg() == 0 { // the training sample
		for _, f := range assets.Sample() {
			reports = append(reports, check(f.Name, "GeoJSON", func() ([]*geo.Layer, error) {
				l, err := load.Read(f.Name, bytes.NewReader(f.Data), opt)
				return []*geo.Layer{l}, err
			}))
		}
	}
	status := 0
	for _, r := range reports {
		if r.Error != "" {
			status = 1
			fmt.Fprintln(stderr, "khoroomap: "+visible(r.Error))
		}
	}
	if *asJSON {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(reports)
		stdout.Write(jsonVisible(b.Bytes()))
		return status
	}
	for _, r := range reports {
		printReport(stdout, r)
	}
	return status
}

// check loads one file as import reads it (see load.All) and describes
// the file and each of its layers.
func check(name, format string, open func() ([]*geo.Layer, error)) checkReport {
	r := checkReport{File: name, Format: format, Names: []string{}, Warnings: []string{}, Layers: []layerReport{}}
	ls, err := open()
	if err == nil {
		var parts []load.Part
		if parts, err = load.Parts(name, ls, nil); err == nil {
			r.describe(ls, parts)
		}
	}
	if err != nil {
		r.Error = err.Error()
	}
	return r
}

// describe fills the report from the layers an import reads: for a file
// of one layer, that layer; for several, their kinds, counts and bounds
// together, the first one's names.
func (r *checkReport) describe(ls []*geo.Layer, parts []load.Part) {
	l := ls[0]
	r.Format = cmp.Or(l.Format, r.Format) // a zip of Shapefiles sniffs as a KMZ
	r.NameField, r.Names, r.CRS = l.NameField, sampleOf(l), l.CRS
	bound := l.Bound
	var kinds []string
	for _, l := range ls {
		kinds = append(kinds, l.Kind.String())
		r.Features += len(l.Features)
		bound = bound.Union(l.Bound)
		r.Warnings = append(r.Warnings, l.Warnings...)
	}
	r.Kind = strings.Join(kinds, "+")
	r.BBox = [4]float64{bound.Min[0], bound.Min[1], bound.Max[0], bound.Max[1]}
	for _, p := range parts {
		r.Layers = append(r.Layers, describePart(p))
	}
}

// sampleOf returns the first few feature names of l, each cut to
// geo.MessageChars.
func sampleOf(l *geo.Layer) []string {
	names := []string{}
	for i := 0; i < len(l.Features) && i < sampleNames; i++ {
		names = append(names, geo.Shorten(l.Features[i].Name, geo.MessageChars))
	}
	return names
}

// printReport writes the human-readable form of a report; what came from
// the file (its name, feature names, warnings) is shown with hidden
// characters escaped.
func printReport(w io.Writer, r checkReport) {
	fmt.Fprintln(w, visible(r.File))
	if r.Error != "" {
		fmt.Fprintf(w, "  error:      %s\n\n", visible(r.Error))
		return
	}
	row := func(k, v string) { fmt.Fprintf(w, "  %-11s %s\n", k+":", visible(v)) }
	row("format", r.Format)
	row("kind", r.Kind)
	row("features", fmt.Sprint(r.Features))
	row("bbox", fmt.Sprintf("%s, %s – %s, %s (lon/lat)", num(r.BBox[0]), num(r.BBox[1]), num(r.BBox[2]), num(r.BBox[3])))
	row("crs", r.CRS)
	for _, l := range r.Layers {
		printLayer(w, l)
	}
	if r.Annotations != nil {
		printAnnotations(w, r.Annotations)
	}
	fmt.Fprintln(w)
}

func num(v float64) string { return geo.FormatValue(float64(int64(v*1e6+sign(v)*0.5)) / 1e6) }

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}
