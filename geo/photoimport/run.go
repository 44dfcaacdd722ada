package photoimport

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// Options say what the photos become.
type Options struct {
	// Category is the category ID of the new service points.
	Category string
	// Attach, in metres, adds a photo taken within that distance of a
	// service point or a gap point to the nearest of them instead of
	// making a new point; when none is that near, to a gap area the photo
	// was taken inside, or within that distance of its edge. 0 never does.
	Attach float64
	// Author is who is importing; Now is when.
	Author string
	Now    time.Time
	// Places says where a position lies (khoroo, kheseg, ger area); nil
	// leaves new points' places empty.
	Places func(orb.Point) annot.Places
	// Progress, when set, is called after each photo is read, from the
	// goroutines that read them, one call at a time.
	Progress func(done, total int)
}

// Result is what an import will write, and what it could not use.
type Result struct {
	// Photos are the reduced photos to store, and Changes the edits that
	// show them: store both in one transaction (store.ApplyWithPhotos).
	Photos  []photo.Photo
	Changes []annot.Change
	// Added counts new points; Attached, photos added to annotations
	// already there; Already, photos the project holds already.
	Added, Attached, Already int
	// NoGPS are the photos without a position: not imported, so that
	// they can be placed by hand.
	NoGPS []photo.Photo
	// Skipped says, one sentence each, which files could not be used
	// (HEIC, damaged, not a photo).
	Skipped []error
}

// Run reads and reduces files (see Files) on every core and works out
// the edits that bring them into s. It changes neither s nor any file.
// A cancelled ctx stops it with an error.
func Run(ctx context.Context, files []string, s *annot.Set, opt Options) (*Result, error) {
	if _, ok := s.Category(opt.Category); !ok {
		return nil, fmt.Errorf("photoimport: the project has no category %q", opt.Category)
	}
	rs, err := reduceAll(ctx, files, opt.Progress)
	if err != nil {
		return nil, err
	}
	b := newBatch(s, opt)
	for i, r := range rs {
		if r.err != nil {
			b.res.Skipped = append(b.res.Skipped, r.err)
			continue
		}
		r.photo.Name = filepath.Base(files[i])
		b.add(r.photo)
	}
	return b.result(), nil
}
