package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// runExport implements `khoroomap export`: .png and .pdf print a map page
// (of a project, of files, or of the training sample); .geojson, .csv and
// .kml write the annotations.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pageFlags
	pf.register(fs)
	out := fs.String("o", "", "the file to write: .png or .pdf (a printed map), .geojson, .csv, .kml, or with the photos .kmz or .zip (annotations)")
	area := fs.String("area", "", "print this khoroo, kheseg or ger area, its neighbours dimmed (default: everything)")
	crlf := fs.Bool("crlf", false, "end CSV lines with CR LF, for Windows programs")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap export [-project P.gpkg | FILE...] -o OUT.png|OUT.pdf [-paper A4|A3] [-landscape] [-dpi 150|300] [-title T] [-area NAME] [-lang mn|en] [-summary]")
		fmt.Fprintln(stderr, "       khoroomap export [-project P.gpkg] -o OUT.geojson|OUT.csv|OUT.kml|OUT.kmz|OUT.zip [-lang mn|en] [-crlf]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || (pf.lang != "mn" && pf.lang != "en") {
		fs.Usage()
		return 2
	}
	if err := checkOutput(*out); err != nil {
		fmt.Fprintln(stderr, "khoroomap export:", err)
		return 1
	}
	var err error
	switch strings.ToLower(filepath.Ext(*out)) {
	case ".png", ".pdf":
		if err = exportMap(&pf, *area, *out, fs.Args(), stdout, stderr); err == nil {
			fmt.Fprintln(stdout, *out+": written")
		}
	case ".zip", ".kmz":
		err = exportWithPhotos(pf.project, *out, pf.lang, stdout, warnTo(stderr, "export"))
	default:
		if fs.NArg() > 0 {
			fs.Usage()
			return 2
		}
		err = exportAnnotations(pf.project, *out, pf.lang, *crlf, stdout, warnTo(stderr, "export"))
	}
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap export:", err)
		return 1
	}
	return 0
}
