package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// newLocation builds the picker's location field: a folder or file path
// typed or pasted there (C:\..., Z:\..., /home/...) is gone to on Enter,
// which is what a Windows user does with a path copied from Explorer.
func (f *filePicker) newLocation() *formEntry {
	e := newEntry(nil)
	e.SetPlaceHolder(lang.L("Type or paste a folder or file path, then Enter"))
	e.OnSubmitted = func(s string) { f.goTo(s) }
	return e
}

// goTo opens the folder or the file at path: a folder is listed, a file
// of the dialog's kinds is opened (in a Save dialog, a file in an
// existing folder is saved, asking before one is replaced);
// otherwise a line in the dialog says what is wrong and the field keeps
// the text to be corrected. Quotes around the path (Explorer's "Copy as
// path") and spaces are dropped; a relative path is read from the folder
// shown.
func (f *filePicker) goTo(path string) {
	path = strings.Trim(strings.TrimSpace(path), `"`)
	if path == "" {
		return
	}
	if !filepath.IsAbs(path) && filepath.VolumeName(path) == "" {
		path = filepath.Join(f.dir, path)
	}
	st, err := os.Stat(path)
	switch {
	case f.name != nil && (err == nil && !st.IsDir() || err != nil && isDir(filepath.Dir(path))):
		f.enter(filepath.Dir(path))
		f.name.SetText(filepath.Base(path))
		f.saveTyped()
	case err != nil:
		f.say(lang.L("No such folder or file:") + " " + path)
	case st.IsDir():
		f.enter(path)
		if f.dir == path {
			f.loc.SetText("")
		}
	case f.folder:
		f.say(lang.L("This is a file, not a folder:") + " " + path)
	case !f.takes(path):
		f.say(lang.L("A file of this kind cannot be opened here:") + " " + path)
	default:
		f.done(path)
	}
}

// isDir tells whether path is a folder.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// takes tells whether path ends in one of the dialog's extensions.
func (f *filePicker) takes(path string) bool {
	return slices.ContainsFunc(f.exts, func(x string) bool { return strings.EqualFold(filepath.Ext(path), x) })
}

// say shows msg as the dialog's one-line problem.
func (f *filePicker) say(msg string) {
	f.problem.SetText(msg)
	f.problem.Show()
}
