package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// runCoverage implements `khoroomap coverage [-project P.gpkg] -category ID
// [-distance METRES] [-by khoroo|kheseg|ger] -o OUT.csv|OUT.geojson`, and
// with -summary the table of every category per area.
func runCoverage(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("coverage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project file (.gpkg); default: the training sample")
	category := fs.String("category", "", "the category ID, e.g. water_kiosk, kindergarten, school")
	distance := fs.Float64("distance", 0, "walking distance in metres (default: the project's, or the category's default)")
	by := fs.String("by", "khoroo", "areas to analyse: khoroo, kheseg or ger")
	out := fs.String("o", "", "the file to write: .csv (a row per area, worst first) or .geojson (the uncovered regions)")
	summary := fs.Bool("summary", false, "write instead the summary table: points per category, per 1,000 residents, coverage and open gaps, per area (.csv)")
	lang := fs.String("lang", "mn", "language of category names in the summary: mn or en")
	crlf := fs.Bool("crlf", false, "end CSV lines with CR LF, for Windows programs")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap coverage [-project P.gpkg] -category ID [-distance METRES] [-by khoroo|kheseg|ger] -o OUT.csv|OUT.geojson")
		fmt.Fprintln(stderr, "       khoroomap coverage [-project P.gpkg] -summary [-by khoroo|kheseg|ger] -o OUT.csv")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	role, ok := areaRoles[*by]
	if *out == "" || !ok || (*category == "" && !*summary) || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	if err := checkOutput(*out); err != nil {
		fmt.Fprintln(stderr, "khoroomap coverage:", err)
		return 1
	}
	if *distance != 0 { // 0: the project's or the category's distance
		if err := checkDistance("-distance ", *distance); err != nil {
			fmt.Fprintln(stderr, "khoroomap coverage:", err)
			return 1
		}
	}
	if err := coverageRun(*project, *category, *distance, role, *out, *summary, *lang, *crlf, stdout, warnTo(stderr, "coverage")); err != nil {
		fmt.Fprintln(stderr, "khoroomap coverage:", err)
		return 1
	}
	return 0
}

// coverageRun reads the project (or the training sample) once, and ranks
// its areas for one category or writes the summary of all of them.
func coverageRun(project, category string, distance float64, role geo.Role, out string, summary bool, lang string, crlf bool, stdout io.Writer, warn func(error)) error {
	r, err := workspace.ReadOrSample(project)
	if err != nil {
		return err
	}
	defer r.Close()
	warnLeftOut(r.Project, warn)
	areas := coverage.AreasOfRole(coverageLayers(r.Layers), role, summary) // as the window: a summary of every area
	if len(areas) == 0 {
		return fmt.Errorf("the project has no %s layer", role)
	}
	s := r.Annotations
	if summary {
		distances := coverage.Distances(r.Project, s)
		rows := coverage.Summary(areas, s, distances)
		return writeAtomically(out, func(w io.Writer) error { return coverage.WriteSummaryCSV(w, rows, s, distances, lang, crlf) })
	}
	if _, ok := s.Category(category); !ok {
		var ids []string
		for _, c := range s.Categories {
			ids = append(ids, c.ID)
		}
		return fmt.Errorf("no category %q; the project has: %s", category, strings.Join(ids, ", "))
	}
	if distance <= 0 {
		distance = coverage.Distance(r.Project, category)
	}
	res := coverage.Ranked(coverage.Compute(areas, coverage.WorkingPoints(s, category), distance))
	err = writeAtomically(out, func(w io.Writer) error {
		if strings.EqualFold(filepath.Ext(out), ".geojson") || strings.EqualFold(filepath.Ext(out), ".json") {
			return coverage.WriteGeoJSON(w, res, category, distance)
		}
		return coverage.WriteCSV(w, res, category, distance, crlf)
	})
	if err == nil && len(res) > 0 {
		fmt.Fprintf(stdout, "%s: %d areas; worst: %s, %.0f%% beyond %g m of a working %s\n", out, len(res), res[0].Area.Name, 100*res[0].Share, distance, category)
	}
	return err
}

// coverageLayers are a project's layers as coverage takes them.
func coverageLayers(ls []store.Layer) []coverage.Layer {
	out := make([]coverage.Layer, len(ls))
	for i, l := range ls {
		out[i] = coverage.Layer{Layer: l.Layer, Role: l.Role, Hidden: l.Hidden}
	}
	return out
}
