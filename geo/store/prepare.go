package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/streets"
	"github.com/khoroomap/khoroomap/geo/words"
)

// StreetMargin is how far past the area asked for a prepared street map
// reaches, in metres, so that streets at the edge are not cut short.
const StreetMargin = 500

// ErrNoArea is wrapped by PrepareStreets' error when no box is given and
// the project has no boundaries to take one from.
var ErrNoArea = errors.New("no area: give a bounding box or add boundaries first")

// PrepareStreets reads the OpenStreetMap extract within box (a zero box:
// the project's boundaries) plus StreetMargin, and keeps the street map in
// the project, replacing any earlier one. progress (may be nil) gets the
// share of the extract read; cancelling ctx stops it with nothing changed.
// It returns the number of features kept.
func (p *Project) PrepareStreets(ctx context.Context, extract string, box orb.Bound, progress func(float64)) (int, error) {
	if box.IsZero() {
		var err error
		if box, err = p.boundariesBound(); err != nil {
			return 0, err
		}
	}
	s, err := streets.Read(ctx, extract, streets.Options{Bound: box, Margin: StreetMargin, Progress: progress})
	if err != nil {
		return 0, err
	}
	if s.Len() == 0 {
		return 0, words.Errorf("store: %s has no streets, water or buildings within %.4f,%.4f,%.4f,%.4f: is it the extract of this city?",
			extract, box.Min[0], box.Min[1], box.Max[0], box.Max[1])
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return s.Len(), p.PutStreets(s, filepath.Base(extract))
}

// boundariesBound is the lon/lat box of the project's boundary layers.
func (p *Project) boundariesBound() (orb.Bound, error) {
	ls, err := p.Layers()
	if err != nil {
		return orb.Bound{}, err
	}
	var b orb.Bound
	first := true
	for _, l := range ls {
		if len(l.Layer.Features) == 0 {
			continue
		}
		if first {
			b, first = l.Layer.Bound, false
		} else {
			b = b.Union(l.Layer.Bound)
		}
	}
	if first {
		return b, fmt.Errorf("store: %s: %w", p.path, ErrNoArea)
	}
	return b, nil
}
