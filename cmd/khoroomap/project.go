package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"maps"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// areaRoles are the values -by takes (atlas, sheets, coverage): the kinds
// of area a page, a sheet or a ranking is made for.
var areaRoles = map[string]geo.Role{
	"khoroo": geo.RoleKhoroo, "kheseg": geo.RoleKheseg, "ger": geo.RoleGerArea, "ger_area": geo.RoleGerArea,
}

// importRoles are the values -as takes.
var importRoles = map[string]geo.Role{
	"khoroo": geo.RoleKhoroo, "kheseg": geo.RoleKheseg, "ger": geo.RoleGerArea, "ger_area": geo.RoleGerArea,
	"district": geo.RoleDistrict, "other": geo.RoleOther, "points": geo.RolePoints,
}

// runImport implements `khoroomap import -project P.gpkg [-as ROLE] FILE...`.
// Every file is read before the project is touched: one bad file leaves it
// as it was (and a new project is not created).
func runImport(args []string, stdout, stderr io.Writer) int {
	// a short batch: collect garbage less often (about 0.04 s less CPU and
	// 18 MB more for 10,000 points)
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project file (.gpkg) to create or update")
	as := fs.String("as", "", "what the files hold: khoroo, kheseg, ger, district, other or points (default: guessed per file)")
	author := fs.String("author", "", "who is importing (recorded on new service points)")
	photos := photoFlags(fs)
	mapFile := fs.String("map", "", "phone forms: the column mapping (JSON) to use, and remember in the project, instead of the one remembered for the form")
	showMap := fs.Bool("show-map", false, "phone forms: print each export's column mapping as -map reads it (remembered, or guessed) and import nothing")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap import -project P.gpkg [-as khoroo|kheseg|ger|points] FILE...")
		fmt.Fprintln(stderr, "       khoroomap import -project P.gpkg [-category ID] [-attach METRES] PHOTO|FOLDER...")
		fmt.Fprintln(stderr, "       khoroomap import -project P.gpkg [-map MAPPING.json | -show-map] [-category ID] KOBO_OR_ODK_EXPORT.csv|.geojson...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	role, known := importRoles[*as]
	if *project == "" || fs.NArg() == 0 || (*as != "" && !known) {
		fs.Usage()
		return 2
	}
	if *as == "" && arePhotos(fs.Args()) {
		return runPhotoImport(*project, fs.Args(), *author, photos, stdout, stderr)
	}
	if *as == "" || role == geo.RolePoints {
		if tabs, ok := phoneForms(fs.Args(), stderr); ok {
			return formImport{project: *project, mapFile: *mapFile, showMap: *showMap, author: *author, category: *photos.category, stdout: stdout, stderr: stderr}.run(tabs)
		} else if tabs != nil {
			return 2
		}
	}
	var rolePtr *geo.Role
	if *as != "" {
		rolePtr = &role
	}
	var files []*workspace.Incoming
	var said []string
	for _, path := range fs.Args() {
		in, err := workspace.ReadIncoming(path, rolePtr) // a KMZ export's photos, a GPX's track too
		if err != nil {
			fmt.Fprintln(stderr, "khoroomap import:", err)
			return 1
		}
		files = append(files, in)
		lines, err := officeZipLines(path, in.Layers, rolePtr) // which of an office's Shapefiles became what
		if err != nil {
			fmt.Fprintln(stderr, "khoroomap import:", err)
			return 1
		}
		said = append(said, lines...)
	}
	p, err := workspace.OpenFile(*project, workspace.Create)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap import:", err)
		return 1
	}
	defer p.Close()
	res, err := workspace.Import(p, files, rolePtr, *author)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap import:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %s; service points: %d added, %d updated, %d unchanged", *project, layersAdded(res.Layers), res.Added, res.Updated, res.Unchanged)
	if g := res.Gaps; g != (store.GapCounts{}) {
		fmt.Fprintf(stdout, "; gaps: %d added, %d updated, %d unchanged", g.Added, g.Updated, g.Unchanged)
	}
	fmt.Fprintln(stdout)
	for _, line := range said {
		fmt.Fprintln(stdout, "  "+line)
	}
	printGuesses(stdout, res.Guessed)
	return 0
}

// printGuesses says how many points' categories were told by which rule,
// most first; those told from a name say so in their notes.
func printGuesses(w io.Writer, guessed map[string]int) {
	rules := slices.Collect(maps.Keys(guessed))
	slices.SortFunc(rules, func(a, b string) int { return cmp.Or(guessed[b]-guessed[a], strings.Compare(a, b)) })
	for _, r := range rules {
		note := ""
		if strings.HasPrefix(r, "name: ") {
			note = " (noted on each point: check them)"
		}
		fmt.Fprintf(w, "  category from %s: %d%s\n", r, guessed[r], note)
	}
}

// exportAnnotations writes a project's annotations (or the training
// sample's) as GeoJSON, CSV or KML.
func exportAnnotations(project, out, lang string, crlf bool, stdout io.Writer, warn func(error)) error {
	format, err := exchange.FormatOf(out)
	if err != nil {
		return err
	}
	s, err := annotations(project, warn)
	if err != nil {
		return err
	}
	if err := writeAtomically(out, func(w io.Writer) error {
		return exchange.Write(w, s, format, exchange.WriteOptions{Lang: lang, CRLF: crlf})
	}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d service points and %d gaps\n", out, len(s.Points), len(s.Gaps))
	return nil
}

// annotations reads a project's annotations; with no project, the
// training sample's. warn is told of the rows left out.
func annotations(project string, warn func(error)) (*annot.Set, error) {
	r, err := workspace.ReadOrSample(project)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	warnLeftOut(r.Project, warn)
	return r.Annotations, nil
}

// layersAdded words the boundary layers an import added: "no boundary
// layers", "1 boundary layer added (khoroo)", "2 boundary layers added
// (khoroo, kheseg)".
func layersAdded(names []string) string {
	switch len(names) {
	case 0:
		return "no boundary layers"
	case 1:
		return "1 boundary layer added (" + names[0] + ")"
	}
	return fmt.Sprintf("%d boundary layers added (%s)", len(names), strings.Join(names, ", "))
}
