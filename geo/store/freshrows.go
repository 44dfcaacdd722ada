package store

import (
	"github.com/khoroomap/khoroomap/geo/annot"
)

// A fresh row is an annotation the project is known not to hold (a row
// a sync pulled in, say): it is queued for a multi-row INSERT (see
// batch), its photos linked once it is written, with no revision to
// archive, no UPDATE tried first and no earlier photo links to remove. The uuid
// column is UNIQUE, so a row wrongly taken for fresh fails the
// transaction rather than coming twice.

// applyFresh is apply, inserting the annotation c brings when its ID is
// not in known.
func applyFresh(w *writer, c annot.Change, known map[string]bool) error {
	switch {
	case c.NewPoint != nil && !known[c.NewPoint.ID]:
		return savePoint(w, c.NewPoint, true)
	case c.NewGap != nil && !known[c.NewGap.ID]:
		return saveGap(w, c.NewGap, true)
	}
	return apply(w, c)
}

// saveRow writes the row of the annotation id, given as upsert takes it,
// and makes its photos photos; when fresh, both are queued in the
// table's batch.
func saveRow(w *writer, table, names, id string, values []any, photos []string, fresh bool) error {
	if !fresh {
		if err := upsert(w, table, names, values); err != nil {
			return err
		}
		return setPhotos(w, table, id, photos)
	}
	var then func() error
	if len(photos) > 0 {
		then = func() error { return addPhotos(w, table, id, photos) }
	}
	return w.batch(`INSERT INTO `+table+` (`+names+`) VALUES`, len(values)).add(w, values, then)
}

// idsOf is the set of the IDs of s's annotations.
func idsOf(s *annot.Set) map[string]bool {
	ids := make(map[string]bool, len(s.Points)+len(s.Gaps))
	for _, p := range s.Points {
		ids[p.ID] = true
	}
	for _, g := range s.Gaps {
		ids[g.ID] = true
	}
	return ids
}
