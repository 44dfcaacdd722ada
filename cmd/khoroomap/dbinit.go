package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/office"
)

// runDBInit implements `khoroomap db-init -db URL`: create or upgrade the
// office database's schema, and remove the photos linked to no annotation
// for over a day (offices may schedule it).
func runDBInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("db-init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db, remember := dbFlags(fs)
	boundaries := fs.String("boundaries", "", "a khoroo boundary file (GeoJSON, KML, TopoJSON) to load into the khoroos table, keyed by district and number")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap db-init -db postgres://user@host/db [-remember] [-boundaries khoroos.geojson]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *db == "" || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var applied []int
	used := *db // with the password that worked, for the boundaries
	err := withPassword(*db, *remember, stderr, func(db string) (err error) {
		used = db
		applied, err = office.Init(ctx, db)
		return err
	})
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap db-init:", err)
		return 1
	}
	if len(applied) == 0 {
		fmt.Fprintf(stdout, "%s: the schema is up to date\n", office.Redact(*db))
	} else {
		fmt.Fprintf(stdout, "%s: applied schema version(s) %v\n", office.Redact(*db), applied)
	}
	if code := cleanPhotos(ctx, used, stdout, stderr); code != 0 {
		return code
	}
	if *boundaries == "" {
		return 0
	}
	return loadBoundaries(ctx, used, *boundaries, stdout, stderr)
}

// cleanPhotos is db-init's photo cleanup (see office.CleanPhotos).
func cleanPhotos(ctx context.Context, db string, stdout, stderr io.Writer) int {
	c, err := office.CleanPhotos(ctx, db, office.PhotoGrace)
	switch {
	case err != nil:
		fmt.Fprintln(stderr, "khoroomap db-init:", err)
		return 1
	case c.Busy:
		fmt.Fprintln(stdout, "photos: not cleaned up, syncs are sending photos; run db-init again later")
	default:
		fmt.Fprintf(stdout, "photos: %d linked to no annotation for over a day removed (%s)\n", c.Removed, megabytes(c.Bytes))
	}
	return 0
}

// loadBoundaries is db-init's -boundaries: the file's khoroos into the
// khoroos table, with each feature left out named.
func loadBoundaries(ctx context.Context, db, path string, stdout, stderr io.Writer) int {
	l, err := load.File(path, load.Options{})
	var res *office.BoundaryResult
	if err == nil {
		err = withPassword(db, false, stderr, func(db string) (err error) {
			res, err = office.LoadBoundaries(ctx, db, l)
			return err
		})
	}
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap db-init:", err)
		return 1
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(stderr, "khoroomap db-init: %s: left out %s\n", path, s)
	}
	fmt.Fprintf(stdout, "%s: %d khoroos loaded from %s\n", office.Redact(db), res.Khoroos, path)
	return 0
}
