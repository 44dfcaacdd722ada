package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/sheets"
)

// runSheets prints field sheets: an overview and a sheet per area.
func runSheets(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sheets", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project file (.gpkg); default: the FILEs given, or the training sample")
	out := fs.String("o", "", "the PDF to write")
	by := fs.String("by", "kheseg", "a sheet per khoroo, kheseg or ger area")
	within := fs.String("area", "", "only this area, or the areas inside it (a khoroo's kheseg)")
	paper := fs.String("paper", "A4", "paper size: A4 or A3")
	dpi := fs.Int("dpi", 150, "resolution: 150 or 300")
	lang := fs.String("lang", "mn", "language of the sheets: mn or en")
	base := pageFlags{opacity: 1}
	fs.StringVar(&base.basemap, "basemap", "", "imagery or a street map under the map, lightened: none (not even the project's OpenStreetMap streets), FILE.mbtiles, a z/x/y tile FOLDER, or an online URL with {z}/{x}/{y}")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap sheets [-project P.gpkg | FILE...] [-area NAME] [-by khoroo|kheseg|ger] [-paper A4|A3] -o SHEETS.pdf")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	role, ok := areaRoles[*by]
	if *out == "" || !ok {
		fs.Usage()
		return 2
	}
	err := func() error {
		if err := checkOutput(*out); err != nil {
			return err
		}
		p, err := printProject(*project, fs.Args(), warnTo(stderr, "sheets"))
		if err != nil {
			return err
		}
		if err := base.openBasemap(p); err != nil {
			return err
		}
		areas, title, err := sheetAreas(p, role, *within)
		if err != nil {
			return err
		}
		plan, err := sheets.PlanOf(sheets.ProjectName(p), p.Areas(role), areas, strings.ToUpper(*paper))
		if err != nil {
			return err
		}
		opt := sheets.Options{Paper: strings.ToUpper(*paper), DPI: *dpi, Lang: *lang}
		err = writeAtomically(*out, func(w io.Writer) error { return sheets.PDF(w, p, plan, title, opt, printFonts) })
		if err == nil {
			fmt.Fprintf(stdout, "%s: an overview and %d sheet(s)\n", *out, len(plan))
		}
		return err
	}()
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap sheets:", err)
		return 1
	}
	return 0
}

// sheetAreas are the areas of role to make sheets of: all of them, the
// one named, or those inside the one named; and the overview's title.
func sheetAreas(p *printmap.Project, role geo.Role, within string) ([]printmap.Area, string, error) {
	areas := p.Areas(role)
	if within == "" {
		return areas, p.Title, nil
	}
	a, err := p.FindArea(within)
	if err != nil {
		return nil, "", err
	}
	if a.Role == role {
		return []printmap.Area{a}, a.Name, nil
	}
	inside := printmap.Inside(areas, a)
	if len(inside) == 0 {
		return nil, "", fmt.Errorf("no %s lies inside %s", role, a.Name)
	}
	return inside, a.Name, nil
}
