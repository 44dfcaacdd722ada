package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// newSavePicker builds a Save dialog for a file ending in ext (added to a
// typed name without an extension), proposing name in dir; chosen gets
// the path, after asking before an existing file is replaced. Files
// ending in ext are listed, to be replaced or to copy a name from.
func newSavePicker(ext, dir, name string, chosen func(string)) *filePicker {
	f := newFilePicker([]string{ext}, dir, chosen)
	f.name = newEntry(func(s string) { f.nameChanged() })
	f.name.OnSubmitted = func(string) { f.saveTyped() }
	f.name.SetText(name)
	f.open.SetText(lang.L("Save"))
	f.open.SetIcon(theme.DocumentSaveIcon())
	return f
}

// nameChanged enables Save while a name is typed, and chooses the format
// its extension names.
func (f *filePicker) nameChanged() {
	if strings.TrimSpace(f.name.Text) == "" {
		f.open.Disable()
	} else {
		f.open.Enable()
	}
	f.followName()
}

// saveTyped saves under the name typed, in the folder shown.
func (f *filePicker) saveTyped() {
	name := strings.TrimSpace(f.name.Text)
	if name == "" || strings.ContainsAny(name, `/\:*?"<>|`) {
		f.problem.SetText(lang.L("A file name cannot hold / \\ : * ? \" < > |."))
		f.problem.Show()
		return
	}
	path := filepath.Join(f.dir, name) + f.savedExt(name)
	if _, err := os.Stat(path); err != nil {
		f.done(path)
		return
	}
	dialog.ShowConfirm(lang.L("Replace the file?"), filepath.Base(path), func(ok bool) {
		if ok {
			f.done(path)
		}
	}, f.win)
}
