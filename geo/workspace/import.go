package workspace

import "github.com/khoroomap/khoroomap/geo/annot"

// Imported takes s, the annotations as read back after an import wrote
// them to the file in its own transaction, and records the import as one
// edit: Undo deletes what it added and puts back what it updated (saved
// as any undo is), Redo makes it again, and the edits before it stay
// undoable. from names what was imported (a file or folder name). It
// returns the change recorded; an import that changed nothing records
// nothing and returns an empty change.
func (w *Workspace) Imported(s *annot.Set, from string) annot.Change {
	c := annot.Diff(w.annots, s)
	c.Import = from
	w.annots = s
	if len(c.Steps) > 0 {
		w.history.Did(c)
	}
	return c
}
