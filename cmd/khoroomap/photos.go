package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/khoroomap/khoroomap/geo/photoimport"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// photoOptions are import's flags for photos.
type photoOptions struct {
	category *string
	attach   *float64
}

func photoFlags(fs *flag.FlagSet) photoOptions {
	return photoOptions{
		category: fs.String("category", "other", "photos: the category of the new service points"),
		attach:   fs.Float64("attach", 0, "photos: add a photo taken within this many metres of a service point or gap point to it, or inside or within this many metres of a gap area"),
	}
}

// arePhotos reports whether every argument is a folder or a photo file.
func arePhotos(args []string) bool {
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil || (!info.IsDir() && !photoimport.IsPhoto(a)) {
			return false
		}
	}
	return len(args) > 0
}

// runPhotoImport brings photos into a project in one transaction and
// says what it did, and which photos it could not place or read.
func runPhotoImport(project string, args []string, author string, opt photoOptions, stdout, stderr io.Writer) int {
	if *opt.attach < 0 || *opt.attach > 10000 {
		fmt.Fprintf(stderr, "khoroomap import: -attach %g: give a distance from 0 to 10000 metres\n", *opt.attach)
		return 2
	}
	files, err := photoimport.Files(args)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap import:", err)
		return 1
	}
	// import's 400% suits points; a 12 MP photo decodes to 18-36 MB of
	// short-lived planes, and at 400% two workers' garbage let the heap
	// reach 460 MB for 85 MB live
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	p, err := workspace.OpenFile(project, workspace.Create)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap import:", err)
		return 1
	}
	defer p.Close()
	res, err := importPhotos(p, files, author, opt)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap import:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %d photo(s): %d new service point(s), %d added to points or gaps already there, %d already in the project, %d without a GPS position, %d not read\n",
		project, len(files), res.Added, res.Attached, res.Already, len(res.NoGPS), len(res.Skipped))
	for _, ph := range res.NoGPS {
		fmt.Fprintf(stdout, "no GPS position (place it in the window): %s\n", ph.Name)
	}
	for _, e := range res.Skipped {
		fmt.Fprintln(stderr, "khoroomap import:", e)
	}
	if len(res.Skipped) > 0 && res.Added+res.Attached == 0 {
		return 1
	}
	return 0
}

func importPhotos(p *store.Project, files []string, author string, opt photoOptions) (*photoimport.Result, error) {
	s, err := p.Load()
	if err != nil {
		return nil, err
	}
	places, failed := p.PlacesLater() // refused photos do not read a big boundary
	res, err := photoimport.Run(context.Background(), files, s, photoimport.Options{Category: *opt.category, Attach: *opt.attach,
		Author: author, Now: time.Now(), Places: places})
	if err == nil {
		err = failed()
	}
	if err != nil {
		return nil, err
	}
	return res, p.ApplyWithPhotos(res.Photos, res.Changes)
}
