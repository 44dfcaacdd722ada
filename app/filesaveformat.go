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
// file name, the first chosen; choosing one puts its extension on the name
// typed and lists the folder's files of that type.
func newSaveFormatPicker(formats []saveFormat, dir, name string, chosen func(string)) *filePicker {
	f := newSavePicker(formats[0].ext, dir, name+formats[0].ext, chosen)
	labels := make([]string, len(formats))
	for i, ft := range formats {
		labels[i] = ft.label
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

// formatChosen makes ext the dialog's extension and the name's.
func (f *filePicker) formatChosen(ext string) {
	f.exts = []string{ext}
	name := strings.TrimSpace(f.name.Text)
	if name != "" {
		f.name.SetText(strings.TrimSuffix(name, filepath.Ext(name)) + ext)
	}
	f.enter(f.dir)
}
