package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// firstSteps are the three things a kheseg leader does in the first
// hour, as the welcome (Help > First steps…) lists them.
func firstSteps() []string {
	return []string{
		lang.L("Add a boundary file: File > Add layer… (Ctrl+O), or drop a GeoJSON or KML file on the window."),
		lang.L("Mark a service point or a gap: choose “Service point”, “Gap point” or “Gap area” on the toolbar, then click the map."),
		lang.L("Print a page: the printer button (Ctrl+P), then “Save PDF…” or “Save PNG…”."),
	}
}

// shortcuts are the window's keyboard shortcuts, as the Help menu lists
// them: the keys, then what they do.
func shortcuts() [][2]string {
	return [][2]string{
		{"Ctrl+O", lang.L("Add layer…")},
		{"Ctrl+F", lang.L("Search")},
		{"Ctrl+Z", lang.L("Undo")},
		{"Ctrl+Y, Ctrl+Shift+Z", lang.L("Redo")},
		{"Ctrl+P", lang.L("Print or export a map…")},
		{"Ctrl+Q", lang.L("Quit")},
		{lang.L("Arrow keys"), lang.L("Move the map")},
		{"+ -", lang.L("Zoom in or out")},
		{"Home", lang.L("Fit to all")},
		{"Esc", lang.L("Stop drawing, or clear the selection")},
		{"Backspace", lang.L("Remove the last corner drawn")},
		{"Enter", lang.L("Finish the area being drawn")},
		{"Delete", lang.L("Delete selected…")},
	}
}

// showShortcuts lists the keyboard shortcuts.
func showShortcuts(win fyne.Window) {
	form := widget.NewForm()
	for _, s := range shortcuts() {
		l := widget.NewLabel(s[1])
		l.Wrapping = fyne.TextWrapWord
		form.Append(s[0], l)
	}
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), container.NewVScroll(form), win)
	d.Resize(fyne.NewSize(520, 520))
	d.Show()
}
