package annot

// Change is one edit: what an annotation or category was before (nil when
// the edit creates it) and after (nil when the edit deletes it). Exactly one
// of the three pairs is used, or none when Steps holds the edits of one
// action (a review decision touching several annotations), undone and
// saved together.
type Change struct {
	OldPoint, NewPoint       *Point
	OldGap, NewGap           *Gap
	OldCategory, NewCategory *Category
	Steps                    []Change
	// Import names what an action of Steps imported (a file or folder
	// name, never a sentence), for the status bar; "" for other actions.
	// Inverse keeps it.
	Import string
}

// Flat returns the single edits c is made of, in order; none for an
// empty change.
func (c Change) Flat() []Change {
	if len(c.Steps) == 0 {
		if c.OldPoint == nil && c.NewPoint == nil && c.OldGap == nil && c.NewGap == nil && c.OldCategory == nil && c.NewCategory == nil {
			return nil
		}
		return []Change{c}
	}
	var out []Change
	for _, s := range c.Steps {
		out = append(out, s.Flat()...)
	}
	return out
}

// Inverse returns the change that undoes c.
func (c Change) Inverse() Change {
	if len(c.Steps) > 0 {
		inv := make([]Change, len(c.Steps))
		for i, s := range c.Steps {
			inv[len(c.Steps)-1-i] = s.Inverse()
		}
		return Change{Steps: inv, Import: c.Import}
	}
	return Change{
		OldPoint: c.NewPoint, NewPoint: c.OldPoint,
		OldGap: c.NewGap, NewGap: c.OldGap,
		OldCategory: c.NewCategory, NewCategory: c.OldCategory,
	}
}

// History is the undo and redo stacks of one editing session. The zero
// value is empty and ready. Not safe for concurrent use.
type History struct {
	undo, redo []Change
}

// maxHistory bounds how many edits can be undone.
const maxHistory = 500

// Did records an edit that was applied; it clears what could be redone.
func (h *History) Did(c Change) {
	h.undo = append(h.undo, c)
	if len(h.undo) > maxHistory {
		h.undo = h.undo[len(h.undo)-maxHistory:]
	}
	h.redo = h.redo[:0]
}

// CanUndo reports whether there is an edit to undo.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is an undone edit to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// Undo returns the change that undoes the last edit, or false. Call
// Undone once it has been applied, so that a failed write changes nothing.
func (h *History) Undo() (Change, bool) {
	if len(h.undo) == 0 {
		return Change{}, false
	}
	return h.undo[len(h.undo)-1].Inverse(), true
}

// Undone moves the last edit onto the redo stack; applied is the change
// Undo returned, as it was written (with its new revision).
func (h *History) Undone(applied Change) {
	h.undo = h.undo[:len(h.undo)-1]
	h.redo = append(h.redo, applied.Inverse())
}

// Redo returns the change that redoes the last undone edit, or false. Call
// Redone once it has been applied.
func (h *History) Redo() (Change, bool) {
	if len(h.redo) == 0 {
		return Change{}, false
	}
	return h.redo[len(h.redo)-1], true
}

// Redone moves the last undone edit back onto the undo stack; applied is
// the change Redo returned, as it was written.
func (h *History) Redone(applied Change) {
	h.redo = h.redo[:len(h.redo)-1]
	h.undo = append(h.undo, applied)
}

// Clear forgets every edit, as when another project is opened.
func (h *History) Clear() { h.undo, h.redo = nil, nil }
