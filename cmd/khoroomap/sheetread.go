package main

import (
	"flag"
	"fmt"
	"image"
	"io"
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo/sheets"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// runSheetRead reads field sheets back from photos or scans.
func runSheetRead(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sheet-read", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the straightened map as PNG with a world file (.pgw); with several photos, -2, -3… are added")
	project := fs.String("project", "", "keep each sheet read in this project (.gpkg), shown under its map")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap sheet-read [-project P.gpkg] PHOTO.jpg... [-o RECTIFIED.png]")
		fs.PrintDefaults()
	}
	photos, err := parseInterspersed(fs, args)
	if err != nil || len(photos) == 0 {
		fs.Usage()
		return 2
	}
	var proj *store.Project
	if *project != "" {
		if proj, err = workspace.OpenFile(*project, workspace.Refuse); err != nil {
			fmt.Fprintln(stderr, "khoroomap sheet-read:", err)
			return 1
		}
		defer proj.Close()
	}
	code := 0
	for i, photo := range photos {
		if err := readSheet(photo, numbered(*out, i), proj, stdout); err != nil {
			fmt.Fprintln(stderr, "khoroomap sheet-read:", err)
			code = 1
		}
	}
	return code
}

// readSheet reads one photo, prints what it found, and keeps the sheet
// in proj (when not nil) and at out (when not empty).
func readSheet(photo, out string, proj *store.Project, stdout io.Writer) error {
	img, rd, err := sheets.ReadPhoto(photo)
	if err != nil {
		return err
	}
	b, px := rd.Code.Bound, rd.FrameCorners()
	fmt.Fprintf(stdout, "%s: page %s of %q, %d of 4 corner markers found, residual %.2f m, map corners W %.6f S %.6f E %.6f N %.6f, in the photo at NW %.1f,%.1f NE %.1f,%.1f SE %.1f,%.1f SW %.1f,%.1f\n",
		photo, rd.Code.Page, rd.Code.Project, rd.Found(), rd.Residual, b.Min[0], b.Min[1], b.Max[0], b.Max[1],
		px[0][0], px[0][1], px[1][0], px[1][1], px[2][0], px[2][1], px[3][0], px[3][1])
	if proj != nil {
		if err := keepSheet(proj, photo, img, rd, stdout); err != nil {
			return err
		}
	}
	if out == "" {
		return nil
	}
	if err := sheets.WriteGeoPNG(out, sheets.Rectify(img, rd, 8), b); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: the straightened map, with %s\n", out, strings.TrimSuffix(out, filepath.Ext(out))+".pgw")
	return nil
}

// keepSheet stores the straightened sheet in the project.
func keepSheet(proj *store.Project, photo string, img image.Image, rd sheets.Reading, stdout io.Writer) error {
	o, err := sheets.Overlay(photo, img, rd)
	if err == nil {
		err = proj.AddOverlay(o)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", photo, err)
	}
	fmt.Fprintf(stdout, "%s: page %s kept in %s, under its map\n", photo, rd.Code.Page, proj.Path())
	return nil
}

// numbered is out for the first photo and out with -2, -3… before its
// extension for the next ones.
func numbered(out string, i int) string {
	if out == "" || i == 0 {
		return out
	}
	ext := filepath.Ext(out)
	return fmt.Sprintf("%s-%d%s", strings.TrimSuffix(out, ext), i+1, ext)
}
