package store

import (
	"fmt"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// importPoints writes the imported points that are new or changed, with
// their places, inside the import's transaction.
func importPoints(w *writer, s *annot.Set, pts []annot.Point, res *ImportResult) error {
	if len(pts) == 0 {
		return nil
	}
	layers, err := readLayers(w.tx, nil, placeRoles...)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	places := Assigner(layers)
	for i := range pts {
		pts[i].Places = places.At(pts[i].Location)
	}
	fresh, changes := sortImported(s, pts, res)
	for _, pt := range fresh {
		if err := storePoint(w, pt); err != nil { // new: no past revision to keep
			return err
		}
	}
	for _, c := range changes {
		if err := apply(w, c); err != nil {
			return err
		}
	}
	return nil
}

// sortImported tells the imported points new to s from those it holds
// with other content (see annot.Point.Same: an export read back, rounded
// its own way, is no update; updates keep their creation time and review
// mark) and counts them in res; the rest, and a point met twice, are
// unchanged.
func sortImported(s *annot.Set, pts []annot.Point, res *ImportResult) (fresh []*annot.Point, changes []annot.Change) {
	have := make(map[string]int, len(s.Points))
	for i := range s.Points {
		have[s.Points[i].ID] = i
	}
	for i := range pts {
		pt := &pts[i]
		j, ok := have[pt.ID]
		switch {
		case ok && (j < 0 || s.Points[j].Same(pt)):
			res.Unchanged++
			continue
		case ok:
			old := s.Points[j]
			pt.Created, pt.Review = old.Created, old.Review
			changes = append(changes, annot.Change{OldPoint: &old, NewPoint: pt})
			res.Updated++
		default:
			fresh = append(fresh, pt)
			res.Added++
		}
		have[pt.ID] = -1
	}
	return fresh, changes
}
