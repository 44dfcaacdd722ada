package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A focused entry takes every key, so the window's Escape (cancel the
// dialog, stop drawing) never sees one typed in a field: the entries of
// dialogs and panels are formEntries, which pass it on.

// newLinesEntry makes a several-line entry of a dialog, clipped as Fyne's
// own.
func newLinesEntry() *formEntry { return newClippedEntry(true, false) }

// newPasswordEntry makes a password entry of a dialog (Fyne adds its
// button that shows the password).
func newPasswordEntry() *formEntry { return newClippedEntry(false, true) }

func newClippedEntry(lines, password bool) *formEntry {
	e := &formEntry{}
	e.MultiLine, e.Password = lines, password
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained remembers the text, for Escape to put back.
func (e *formEntry) FocusGained() {
	if !e.pinned {
		e.focusText = e.Text
	}
	e.Entry.FocusGained()
}

// undoTo makes Escape put back text, wherever the focus went since.
func (e *formEntry) undoTo(text string) { e.focusText, e.pinned = text, true }

// escape undoes the typing since the entry took the focus and then does
// what Escape does where no field has focus: in a dialog or form, its
// Cancel (or Close); in a panel, the window's Escape (a drawing stops, the
// selection clears), the keyboard given back to the window. It reports
// whether the entry is in a window.
func (e *formEntry) escape() bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return false
	}
	if e.Text != e.focusText {
		e.SetText(e.focusText)
	}
	return escapeFrom(e)
}

// formSelect is a choice of a dialog or panel: a select keeps the focus
// once chosen from, and took every key, so Escape did nothing in a
// dialog after a choice (the print dialog's "Map" list). It passes
// Escape on as formEntry does; other keys open and move the list.
type formSelect struct{ widget.Select }

// newChoice makes a formSelect of options calling changed.
func newChoice(options []string, changed func(string)) *formSelect {
	s := &formSelect{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey handles Escape (see escapeFrom); other keys go to the select.
func (s *formSelect) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && escapeFrom(s) {
		return
	}
	s.Select.TypedKey(k)
}

// escapeFrom does what Escape does where no field has focus, for a
// focused o: the top dialog's Cancel, else the window's Escape with the
// keyboard given back to the window. It reports whether o is in a window.
func escapeFrom(o fyne.CanvasObject) bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return false
	}
	if cancelTop(c) {
		return true
	}
	c.Unfocus()
	if f := c.OnTypedKey(); f != nil {
		f(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	return true
}
