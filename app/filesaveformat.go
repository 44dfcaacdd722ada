package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// saveFormat is a file type a Save dialog offers: the words naming it and
// its extension (".kmz").
type saveFormat struct{ label, ext string }

// newSaveFormatPicker is a Save dialog with a choice of formats under the
// file name, the first chosen. Choosing one puts its extension on the name
// typed and lists the folder's files of that type; typing a name whose
// extension names a format (formatOf says which: its ext, or "" for none)
// chooses that format; a name with another extension, or none, is saved
// with the chosen format's added ("notes.txt" as "notes.txt.kmz").
func newSaveFormatPicker(formats []saveFormat, formatOf func(name string) string, dir, name string, chosen func(string)) *filePicker {
	f := newSavePicker(formats[0].ext, dir, name+formats[0].ext, chosen)
	f.formatOf, f.formatExts = formatOf, make([]string, len(formats))
	labels := make([]string, len(formats))
	for i, ft := range formats {
		labels[i], f.formatExts[i] = ft.label, ft.ext
	}
	f.format = widget.NewSelect(labels, func(label string) {
		for _, ft := range formats {
			if ft.label == label {
				f.formatChosen(ft.ext)
			}
		}
	})
	f.format.PlaceHolder = lang.L("Format")
	f.format.SetSelectedIndex(0)
	return f
}

// formatChosen makes ext the dialog's extension and the name's: a name
// whose extension names another format loses it, one whose extension
// names no format keeps it.
func (f *filePicker) formatChosen(ext string) {
	f.exts = []string{ext}
	if name := strings.TrimSpace(f.name.Text); name != "" && f.formatOf(name) != ext {
		if f.formatOf(name) != "" {
			name = strings.TrimSuffix(name, filepath.Ext(name))
		}
		f.name.SetText(name + ext)
	}
	f.enter(f.dir)
}

// followName chooses the format the extension of the name typed names,
// if any: the list follows the name as the name follows the list.
func (f *filePicker) followName() {
	if f.format == nil {
		return
	}
	ext := f.formatOf(strings.TrimSpace(f.name.Text))
	for i, e := range f.formatExts {
		if e == ext && f.format.SelectedIndex() != i {
			f.format.SetSelectedIndex(i)
		}
	}
}

// savedExt is the extension a name typed is saved with, added to it: the
// dialog's when the name has none, or, with a choice of formats, when
// its extension names no format; else none.
func (f *filePicker) savedExt(name string) string {
	if filepath.Ext(name) == "" || (f.formatOf != nil && f.formatOf(name) == "") {
		return f.exts[0]
	}
	return ""
}
