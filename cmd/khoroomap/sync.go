package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// runSync implements `khoroomap sync -project P.gpkg -db URL [-area СБД/6]`.
// The password comes from the URL, PGPASSWORD or ~/.pgpass, or is asked
// on the terminal without echo, as with psql; nothing of the connection is
// stored in the project.
func runSync(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sync", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project file (.gpkg) to sync")
	db, remember := dbFlags(fs)
	areaFlag := fs.String("area", "", "what to pull besides the project's own annotations: DISTRICT/KHOROO (СБД/6), DISTRICT, or empty for everything")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap sync -project P.gpkg -db postgres://user@host/db [-remember] [-area СБД/6]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	area, err := office.ParseArea(*areaFlag)
	if *project == "" || *db == "" || fs.NArg() != 0 || err != nil {
		if err != nil {
			fmt.Fprintln(stderr, "khoroomap sync:", err)
		}
		fs.Usage()
		return 2
	}
	p, err := workspace.OpenFile(*project, workspace.Refuse)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap sync:", err)
		return 1
	}
	defer p.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var res *office.Result
	err = withPassword(*db, *remember, stderr, func(db string) (err error) {
		res, err = office.Sync(ctx, p, db, area)
		return err
	})
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap sync:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s ⇄ %s: %d pushed, %d pulled, %d for review\n", *project, office.Redact(*db), res.Pushed, res.Pulled,
		len(res.Report.Conflicts)+len(res.Report.Duplicates))
	for _, e := range append(res.Report.Conflicts, res.Report.Duplicates...) {
		fmt.Fprintf(stdout, "  %s  %s  (%s)\n", e.ID, e.Label, e.Note)
	}
	fmt.Fprintf(stdout, "photos: %d sent (%s), %d received (%s)\n", res.PhotosSent, megabytes(res.PhotoBytesSent),
		res.PhotosReceived, megabytes(res.PhotoBytesReceived))
	for _, u := range res.Unsent {
		fmt.Fprintln(stdout, "  "+u.String())
	}
	for _, r := range res.Refused {
		fmt.Fprintln(stdout, "  "+r.String())
	}
	printBoundaries(stdout, res.Boundaries)
	printMappings(stdout, res)
	return 0
}

// printMappings says how many phone forms' column mappings went each way,
// when any did or were refused, and why each refused one was.
func printMappings(w io.Writer, res *office.Result) {
	if res.MappingsSent+res.MappingsReceived+len(res.MappingsRefused) > 0 {
		fmt.Fprintf(w, "phone form mappings: %d sent, %d received\n", res.MappingsSent, res.MappingsReceived)
	}
	for _, r := range res.MappingsRefused {
		fmt.Fprintln(w, "  "+r)
	}
}

// printBoundaries says what became of the project's boundary layers, the
// features without a place key on one line.
func printBoundaries(w io.Writer, b office.Boundaries) {
	switch {
	case b.Refused:
		fmt.Fprintln(w, "boundaries: not sent (this role may not write them; an office or city role may)")
	case b.Written > 0:
		fmt.Fprintf(w, "boundaries: %d khoroo and district rows written\n", b.Written)
	}
	if len(b.LeftOut) > 0 {
		fmt.Fprintf(w, "boundaries left out: %s\n", strings.Join(b.LeftOut, "; "))
	}
}

// megabytes is n bytes for a person: in KB below a megabyte.
func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
