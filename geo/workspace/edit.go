package workspace

import (
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Edit makes one change to the project: stamped with author and the time,
// its places worked out, committed to the file in its own transaction,
// applied in memory and recorded for undo. It returns the change as made.
// A change the file refuses changes nothing and is returned as the error.
func (w *Workspace) Edit(c annot.Change, author string) (annot.Change, error) {
	c, err := w.commit(c, author)
	if err == nil {
		w.history.Did(c)
	}
	return c, err
}

// Undo reverts the last edit, itself saved as an edit by author; ok is
// false when there is nothing to undo.
func (w *Workspace) Undo(author string) (c annot.Change, ok bool, err error) {
	if c, ok = w.history.Undo(); !ok {
		return c, false, nil
	}
	if c, err = w.commit(c, author); err == nil {
		w.history.Undone(c)
	}
	return c, true, err
}

// Redo makes the last undone edit again; ok is false when there is
// nothing to redo.
func (w *Workspace) Redo(author string) (c annot.Change, ok bool, err error) {
	if c, ok = w.history.Redo(); !ok {
		return c, false, nil
	}
	if c, err = w.commit(c, author); err == nil {
		w.history.Redone(c)
	}
	return c, true, err
}

// commit stamps, places, writes and applies a change.
func (w *Workspace) commit(c annot.Change, author string) (annot.Change, error) {
	if w.proj == nil {
		return c, ErrNoProject
	}
	c = w.place(annot.Touch(c, author, w.now()))
	if err := w.proj.Apply(c); err != nil {
		return c, err
	}
	w.annots.Apply(c)
	return c, nil
}

// place fills in the khoroo, kheseg and ger area of a new or moved
// annotation.
func (w *Workspace) place(c annot.Change) annot.Change {
	if w.assigner == nil {
		return c
	}
	if c.NewPoint != nil {
		c.NewPoint.Places = w.assigner.At(c.NewPoint.Location)
	}
	if c.NewGap != nil {
		c.NewGap.Places = w.assigner.Of(c.NewGap.Geometry)
	}
	return c
}

// SetBoundaries works out who-is-where anew from the boundary layers, and
// stores the khoroo, kheseg and ger area of every annotation whose places
// changed.
func (w *Workspace) SetBoundaries(layers []store.Layer) error {
	w.assigner = store.Assigner(layers)
	if w.annots == nil || w.assigner.Assign(w.annots) == 0 || w.proj == nil {
		return nil
	}
	return w.proj.UpdatePlaces(w.annots)
}
