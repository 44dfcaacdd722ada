package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// modalOpen reports whether a dialog, form or menu covers the window:
// while one does, the map's keys (arrows, +/-, Delete…) do not reach the
// map.
func modalOpen(c fyne.Canvas) bool {
	return c.Overlays().Top() != nil
}

// cancelTop closes the topmost dialog or form as its Cancel (or Close)
// button would: Fyne's dialogs and ours put that button first in their
// button row. A pop-up without buttons (a progress bar) stays open; a
// menu closes. It reports whether something was closed.
func cancelTop(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	pop, ok := top.(*widget.PopUp)
	if !ok { // a menu
		top.Hide()
		c.Overlays().Remove(top)
		return true
	}
	b := dismissButton(pop.Content)
	if b == nil || b.OnTapped == nil {
		return false
	}
	b.OnTapped()
	return true
}

// dismissButton is the first enabled, visible button of a dialog's
// button row, nil when it has none. A Fyne dialog lays out its icon,
// background, content, button row and title, in that order.
func dismissButton(content fyne.CanvasObject) *widget.Button {
	box, ok := content.(*fyne.Container)
	if !ok || len(box.Objects) < 4 {
		return nil
	}
	return firstButton(box.Objects[3])
}

// firstButton walks o depth first for an enabled, visible button.
func firstButton(o fyne.CanvasObject) *widget.Button {
	if o == nil || !o.Visible() {
		return nil
	}
	if b, ok := o.(*widget.Button); ok {
		if b.Disabled() {
			return nil
		}
		return b
	}
	if box, ok := o.(*fyne.Container); ok {
		for _, c := range box.Objects {
			if b := firstButton(c); b != nil {
				return b
			}
		}
	}
	return nil
}
