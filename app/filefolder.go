package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// newFolderPicker builds a dialog that chooses a folder: folders are
// entered with a double click, and the button chooses the folder shown.
func newFolderPicker(dir string, chosen func(string)) *filePicker {
	f := newFilePicker(nil, dir, chosen)
	f.folder = true
	f.open.SetText(lang.L("Choose this folder"))
	f.open.SetIcon(theme.ConfirmIcon())
	f.open.Enable()
	return f
}

// pickFolder shows a dialog choosing a folder, starting in dir ("" for
// the home folder).
func (ui *UI) pickFolder(dir string, chosen func(string)) {
	ui.picker = newFolderPicker(dir, chosen)
	ui.picker.show(ui.win)
}
