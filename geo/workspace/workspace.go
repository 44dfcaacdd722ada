// Package workspace is the open project and the rules of what may be done
// to it: edit, commit, undo and redo, and who-is-where for new
// annotations. It is free of Fyne: the window drives it and shows what it
// says, and the commands can use it alike.
package workspace

import (
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/words"
)

// ErrNoProject is returned by edits when no project is open.
var ErrNoProject = words.Errorf("workspace: no project is open; open or create one first")

// Workspace holds the open project file, its annotations in memory, the
// undo history of this session and the place assigner. It is not safe for
// concurrent use: call it from one goroutine (the window's UI goroutine)
// and hand Snapshot to others. The zero value has no project open.
type Workspace struct {
	proj     *store.Project
	annots   *annot.Set
	history  annot.History
	assigner *annot.Assigner
	replaced bool // the history was started anew by Replace
	// Now is the clock edits are stamped with; nil means time.Now.
	Now func() time.Time
}

// Project returns the open project file, or nil.
func (w *Workspace) Project() *store.Project { return w.proj }

// Annotations returns the open project's annotations, or nil. They belong
// to the workspace: change them only through Edit.
func (w *Workspace) Annotations() *annot.Set { return w.annots }

// Snapshot returns a copy of the annotations that shares nothing, for
// another goroutine (a page drawn in the background, an export).
func (w *Workspace) Snapshot() *annot.Set { return w.annots.Clone() }

// Assigner returns who-is-where for the open boundaries, or nil before
// SetBoundaries.
func (w *Workspace) Assigner() *annot.Assigner { return w.assigner }

// Open makes p, whose annotations are s, the open project: the previous
// one is closed (every edit in it is already saved) and the undo history
// starts anew.
func (w *Workspace) Open(p *store.Project, s *annot.Set) {
	if w.proj != nil && w.proj != p {
		w.proj.Close()
	}
	w.proj, w.annots = p, s
	w.history.Clear()
	w.replaced = false
}

// Replace puts s in place of the annotations after a change made to the
// file that cannot be undone (a sync with the office): the history starts
// anew. An import is recorded with Imported instead.
func (w *Workspace) Replace(s *annot.Set) {
	w.annots = s
	w.history.Clear()
	w.replaced = true
}

// Replaced reports whether there is nothing to undo because Replace
// started the history anew (the edits since, if any, are all undone): the
// window says why.
func (w *Workspace) Replaced() bool { return w.replaced && !w.history.CanUndo() }

// Close closes the project file; nothing is open afterwards. Calling it
// twice is harmless.
func (w *Workspace) Close() error {
	if w.proj == nil {
		return nil
	}
	err := w.proj.Close()
	w.proj = nil
	return err
}

func (w *Workspace) now() time.Time {
	if w.Now == nil {
		return time.Now()
	}
	return w.Now()
}
