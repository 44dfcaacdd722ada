package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// textDialog is a dialog of lines of text with the look of Fyne's
// information and error dialogs (an icon, the text wrapped, OK), but the
// text as written (Fyne's error dialog capitalises its first letter,
// and our errors begin with a file's name: "sbd.kml: …"), lines that can
// be added while it is open, each a paragraph of its own, and the text
// scrolled when it is long.
type textDialog struct {
	win    fyne.Window
	d      *dialog.CustomDialog
	box    *fyne.Container
	scroll *container.Scroll
	lines  []string
}

// Sizes of the dialog, as Fyne's text dialogs have them.
const (
	textPad      = 32  // the dialog's padding around its content
	textMaxWidth = 600 // the widest a dialog gets on a wide window
)

// newTextDialog makes a dialog titled title with icon (nil: none) and a
// button saying dismiss over win, empty until add.
func newTextDialog(title, dismiss string, icon fyne.Resource, win fyne.Window) *textDialog {
	e := &textDialog{win: win, box: container.NewVBox()}
	e.scroll = container.NewVScroll(e.box)
	e.d = dialog.NewCustom(title, dismiss, e.scroll, win)
	e.d.SetIcon(icon)
	return e
}

// add puts lines under the others and sizes the dialog to them: as wide
// as the longest line up to Fyne's limits, as tall as the text up to
// half the window, scrolled beyond. One line is centred, as in Fyne's
// dialogs; several read from the left.
func (e *textDialog) add(lines ...string) {
	for _, line := range lines {
		e.put(line, fyne.TextStyle{})
	}
	e.fit()
}

// addHead puts a bold line, heading the lines added after it.
func (e *textDialog) addHead(line string) {
	e.put(line, fyne.TextStyle{Bold: true})
	e.fit()
}

// put puts one line under the others.
func (e *textDialog) put(line string, style fyne.TextStyle) {
	e.lines = append(e.lines, line)
	e.box.Add(&widget.Label{Text: line, TextStyle: style, Wrapping: fyne.TextWrapWord})
}

// fit sizes the dialog to its lines (see add).
func (e *textDialog) fit() {
	align := fyne.TextAlignLeading
	if len(e.box.Objects) == 1 && !strings.Contains(e.lines[0], "\n") {
		align = fyne.TextAlignCenter
	}
	var w float32
	for _, o := range e.box.Objects {
		l := o.(*widget.Label)
		l.Alignment = align
		w = fyne.Max(w, widget.NewLabel(l.Text).MinSize().Width)
	}
	win := e.win.Canvas().Size()
	w = fyne.Min(fyne.Min(w+textPad+2*theme.Padding(), textMaxWidth), win.Width*0.9) - textPad
	for range 2 { // wrapped, the labels know their height once they have their width
		e.box.Resize(fyne.NewSize(w, e.box.MinSize().Height))
	}
	h := fyne.Min(e.box.MinSize().Height, fyne.Max(win.Height/2, theme.TextSize()*4))
	e.scroll.SetMinSize(fyne.NewSize(w, h))
	e.box.Refresh()
	e.d.Resize(fyne.NewSize(w+textPad, e.d.MinSize().Height))
}

// shown reports whether the dialog is among win's overlays.
func (e *textDialog) shown() bool {
	for _, o := range e.win.Canvas().Overlays().List() {
		if pop, ok := o.(*widget.PopUp); ok && pop.Visible() {
			if box, ok := pop.Content.(*fyne.Container); ok && len(box.Objects) > 2 && box.Objects[2] == e.scroll {
				return true
			}
		}
	}
	return false
}
