package main

import (
	"flag"
	"fmt"
	"io"
)

// runExport implements `khoroomap export -project P.gpkg -o OUT`: for
// .geojson, .csv and .kml it writes the annotations.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project file (.gpkg); default: the training sample")
	out := fs.String("o", "", "the file to write: .geojson, .csv or .kml (annotations)")
	lang := fs.String("lang", "mn", "language of category names: mn or en")
	crlf := fs.Bool("crlf", false, "end CSV lines with CR LF, for Windows programs")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap export [-project P.gpkg] -o OUT.geojson|OUT.csv|OUT.kml [-lang mn|en] [-crlf]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 || (*lang != "mn" && *lang != "en") {
		fs.Usage()
		return 2
	}
	if err := exportAnnotations(*project, *out, *lang, *crlf, stdout); err != nil {
		fmt.Fprintln(stderr, "khoroomap export:", err)
		return 1
	}
	return 0
}
