package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/workspace"
)

// runBasemapPrepare implements `khoroomap basemap-prepare`: read an
// OpenStreetMap extract once into the project's street map.
func runBasemapPrepare(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("basemap-prepare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project to keep the street map in (required)")
	bbox := fs.String("bbox", "", "minlon,minlat,maxlon,maxlat (default: the project's boundaries)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap basemap-prepare -project P.gpkg EXTRACT.osm.pbf [-bbox minlon,minlat,maxlon,maxlat]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	rest := fs.Args()
	if len(rest) > 1 { // flags after the extract
		if err := fs.Parse(rest[1:]); err != nil {
			return 2
		}
		rest = append(rest[:1], fs.Args()...)
	}
	if *project == "" || len(rest) != 1 {
		fs.Usage()
		return 2
	}
	box, err := parseBBox(*bbox)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap basemap-prepare:", err)
		return 2
	}
	if err := prepareStreets(*project, rest[0], box, stdout); err != nil {
		fmt.Fprintln(stderr, "khoroomap basemap-prepare:", err)
		return 1
	}
	return 0
}

func prepareStreets(project, extract string, box orb.Bound, stdout io.Writer) error {
	p, err := workspace.OpenFile(project, workspace.Create)
	if err != nil {
		return err
	}
	defer p.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	last := -1
	n, err := p.PrepareStreets(ctx, extract, box, func(done float64) {
		if pc := int(done * 100); pc/10 != last/10 {
			last = pc
			fmt.Fprintf(stdout, "%s: %d%%\n", extract, pc)
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d streets, paths, water, buildings and names kept in %s\n", extract, n, project)
	return nil
}

// parseBBox reads "minlon,minlat,maxlon,maxlat"; empty is the zero bound.
func parseBBox(s string) (orb.Bound, error) {
	if s == "" {
		return orb.Bound{}, nil
	}
	parts := strings.Split(s, ",")
	var v [4]float64
	if len(parts) != 4 {
		return orb.Bound{}, fmt.Errorf("-bbox %q: want minlon,minlat,maxlon,maxlat", s)
	}
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return orb.Bound{}, fmt.Errorf("-bbox %q: %q is not a number", s, p)
		}
		v[i] = f
	}
	if v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 {
		return orb.Bound{}, fmt.Errorf("-bbox %q: want minlon,minlat,maxlon,maxlat with min below max, in degrees", s)
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, nil
}
