package store

import (
	"fmt"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// ImportAnnotations writes service points and gap points made outside the
// project (a phone form's submissions, see geo/phoneform) with the photos
// they name, in one transaction, each with its khoroo, kheseg and ger
// area. A point or gap with the ID of one already in the project updates
// it when its content differs (its creation time and review mark kept),
// and is left as it is otherwise; the result counts both.
func (p *Project) ImportAnnotations(pts []annot.Point, gaps []annot.Gap, photos []photo.Photo) (ImportResult, error) {
	for i := range photos {
		if err := validPhoto(&photos[i]); err != nil {
			return ImportResult{}, err
		}
	}
	for i := range gaps {
		if err := gaps[i].Validate(); err != nil {
			return ImportResult{}, fmt.Errorf("store: %w", err)
		}
	}
	var res ImportResult
	err := p.write(func(w *writer) error {
		res = ImportResult{}
		s, err := readSet(w.tx, nil)
		if err != nil {
			return fmt.Errorf("store: %s: %w", p.path, err)
		}
		for i := range photos {
			if err := putPhoto(w.tx, &photos[i]); err != nil {
				return err
			}
		}
		if err := importPoints(w, s, pts, &res); err != nil {
			return err
		}
		return importGaps(w, s, gaps, &res)
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}
