package app

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// filePicker is Khoroo Map's Open dialog, in the window's language. A
// single click selects a folder or a file; a double click (or Open)
// enters the folder or opens the file. A double click is one event, so
// its second click can never land on a file of the folder it entered
// (Fyne's own dialog enters a folder on the first click). Use it on the
// UI goroutine only.
type filePicker struct {
	exts    []string
	chosen  func(string)
	dir     string
	items   []pickItem
	sel     int // the selected row, -1 for none
	where   *widget.Label
	up      *widget.Button
	list    *widget.List
	places  *widget.List
	spots   []place
	open    *widget.Button
	problem *widget.Label
	// loc is the location field: a path typed or pasted, gone to on Enter.
	loc    *formEntry
	dialog *dialog.CustomDialog
	win    fyne.Window
	// name is the file name typed in a Save dialog; nil in an Open one.
	name *formEntry
	// folder is set in a dialog that chooses a folder.
	folder bool
	// format, in a Save dialog offering several formats, chooses one;
	// formatExts are their extensions, formatOf the extension of the format
	// a name's extension names ("" for none).
	format     *widget.Select
	formatExts []string
	formatOf   func(name string) string
}

// newFilePicker builds a picker of files ending in one of exts, starting
// in dir; chosen gets the path of the file opened.
func newFilePicker(exts []string, dir string, chosen func(string)) *filePicker {
	f := &filePicker{exts: exts, chosen: chosen, sel: -1, spots: places()}
	f.where = widget.NewLabel("")
	f.where.Truncation = fyne.TextTruncateEllipsis
	f.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.enter(filepath.Dir(f.dir)) })
	f.list = widget.NewList(func() int { return len(f.items) }, f.newRow, f.updateRow)
	f.places = widget.NewList(func() int { return len(f.spots) }, func() fyne.CanvasObject {
		return widget.NewLabel("")
	}, func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(f.spots[id].name) })
	f.places.OnSelected = func(id widget.ListItemID) {
		f.places.UnselectAll() // so that the next click on it acts again
		f.enter(f.spots[id].path)
	}
	f.open = widget.NewButtonWithIcon(lang.L("Open"), theme.FolderOpenIcon(), f.openSelected)
	f.open.Importance = widget.HighImportance
	f.problem = widget.NewLabel("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Truncation = fyne.TextTruncateEllipsis
	f.problem.Hide()
	f.loc = f.newLocation()
	home, _ := os.UserHomeDir()
	for _, d := range []string{dir, home, string(filepath.Separator)} {
		if f.enter(d); f.dir != "" {
			break
		}
	}
	return f
}

// show opens the picker as a dialog over win.
func (f *filePicker) show(win fyne.Window) {
	f.win = win
	top := container.NewVBox(container.NewBorder(nil, nil, f.up, nil, f.where), f.loc)
	bottom := container.NewVBox(f.problem)
	title := lang.L("Open a file")
	if f.folder {
		title = lang.L("Choose a folder")
	}
	if f.name != nil {
		title = lang.L("Save as")
		bottom.Add(container.NewBorder(nil, nil, widget.NewLabel(lang.L("File name")), nil, f.name))
	}
	if f.format != nil {
		bottom.Add(container.NewBorder(nil, nil, widget.NewLabel(lang.L("Format")), nil, f.format))
	}
	files := container.NewBorder(top, bottom, nil, nil, f.list)
	split := container.NewHSplit(f.places, files)
	split.Offset = 0.25
	f.dialog = dialog.NewCustomWithoutButtons(title, split, win)
	f.dialog.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), f.dialog.Hide), f.open})
	f.dialog.Resize(fyne.NewSize(900, 600))
	f.dialog.Show()
	if f.name == nil {
		win.Canvas().Focus(f.loc)
	}
}

// enter lists the folder dir; a folder that cannot be read is named, and
// the list stays where it was.
func (f *filePicker) enter(dir string) {
	items, err := listFolder(dir, f.exts)
	if err != nil {
		f.say(lang.L("This folder cannot be read.") + " " + dir)
		return
	}
	f.problem.Hide()
	f.dir, f.items, f.sel = dir, items, -1
	f.where.SetText(dir)
	f.up.Disable()
	if filepath.Dir(dir) != dir {
		f.up.Enable()
	}
	f.list.UnselectAll()
	f.list.Refresh()
	f.list.ScrollToTop()
	f.open.Disable()
	if f.folder || f.name != nil && f.name.Text != "" {
		f.open.Enable()
	}
}

// choose acts on row id: a folder is entered, a file is opened.
func (f *filePicker) choose(id int) {
	if id < 0 || id >= len(f.items) {
		return
	}
	path := filepath.Join(f.dir, f.items[id].name)
	if f.items[id].dir {
		f.enter(path)
		return
	}
	if f.name != nil {
		f.name.SetText(f.items[id].name)
		f.saveTyped()
		return
	}
	f.done(path)
}

// done closes the picker with path chosen.
func (f *filePicker) done(path string) {
	if f.dialog != nil {
		f.dialog.Hide()
	}
	f.chosen(path)
}

// openSelected is the Open (or Save) button.
func (f *filePicker) openSelected() {
	if f.folder {
		f.done(f.dir)
		return
	}
	if f.name != nil && (f.sel < 0 || !f.items[f.sel].dir) {
		f.saveTyped()
		return
	}
	f.choose(f.sel)
}

// selectRow highlights row id; Open then acts on it. In a Save dialog a
// file's name is copied to the name typed.
func (f *filePicker) selectRow(id int) {
	f.sel = id
	f.list.Select(id)
	f.open.Enable()
	if f.name != nil && !f.items[id].dir {
		f.name.SetText(f.items[id].name)
	}
}

// pickFile shows an Open dialog for files with the given extensions,
// starting in the folder of the last file opened (else the home folder).
func (ui *UI) pickFile(exts []string, chosen func(string)) {
	dir, _ := os.UserHomeDir()
	if recent := ui.prefs().StringList(prefRecent); len(recent) > 0 {
		if st, err := os.Stat(filepath.Dir(recent[0])); err == nil && st.IsDir() {
			dir = filepath.Dir(recent[0])
		}
	}
	ui.picker = newFilePicker(exts, dir, chosen)
	ui.picker.show(ui.win)
}
