package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/store"
)

// newKhorooDialog starts a real project from the leader's own boundary
// files (a khoroo picked out of a city file, kheseg and ger-area files as
// they are), without the training sample's fictional khoroo. It is built
// from the window it shows in, the window's file picker and what Create
// does with the layers.
type newKhorooDialog struct {
	win       fyne.Window
	pickFiles func(exts []string, chosen func(string))
	create    func(name string, layers []*geo.Layer)
	layers    []*geo.Layer
	list      *widget.Label
	done      *widget.Button
	picker    *khorooPicker // the last khoroo chooser shown, for tests
	dialog    *dialog.CustomDialog
}

func newNewKhorooDialog(win fyne.Window, pickFiles func([]string, func(string)), create func(string, []*geo.Layer)) *newKhorooDialog {
	d := &newKhorooDialog{win: win, pickFiles: pickFiles, create: create, list: widget.NewLabel("")}
	d.list.Wrapping = fyne.TextWrapWord
	d.done = widget.NewButtonWithIcon(lang.L("Create the project…"), theme.DocumentSaveIcon(), func() {
		d.dialog.Hide()
		d.create(d.name(), d.layers)
	})
	d.done.Importance = widget.HighImportance
	intro := widget.NewLabel(lang.L("Start from your own boundary files: your khoroo (or the city's file, to pick your khoroo from), then your khesegs and ger areas if you have them. The training khoroo is not included."))
	intro.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon(lang.L("Add a boundary file…"), theme.FileIcon(), d.pickFile)
	d.dialog = dialog.NewCustom(lang.L("New project for my khoroo"), lang.L("Cancel"), container.NewBorder(container.NewVBox(intro, add), nil, nil, nil, container.NewVScroll(d.list)), win)
	d.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), d.dialog.Hide), d.done})
	d.dialog.Resize(fyne.NewSize(560, 420))
	d.refresh()
	return d
}

// addLayer takes a boundary layer in; a khoroo layer of several khoroos
// asks which one is the leader's and keeps that one alone.
func (d *newKhorooDialog) addLayer(l *geo.Layer) {
	if geo.InferRole(l) == geo.RoleKhoroo && len(l.Features) > 1 {
		d.picker = showKhorooPicker(d.win, l, func(i int) { d.keep(onlyKhoroo(l, i)) })
		return
	}
	d.keep(l)
}

func (d *newKhorooDialog) keep(l *geo.Layer) {
	d.layers = append(d.layers, l)
	d.refresh()
}

// refresh lists the layers taken; Create waits for at least one.
func (d *newKhorooDialog) refresh() {
	if len(d.layers) == 0 {
		d.list.SetText(lang.L("No boundary file added yet."))
		d.done.Disable()
		return
	}
	var b strings.Builder
	for _, l := range d.layers {
		title := layerTitle(l)
		if l.Title != "" {
			title = l.Title + " (" + filepath.Base(l.Source) + ")"
		}
		fmt.Fprintf(&b, "• %s — %s\n", title, fmt.Sprintf(lang.L("%d areas"), len(l.Features)))
	}
	d.list.SetText(b.String())
	d.done.Enable()
}

// name proposes the project's file name: the first layer's title.
func (d *newKhorooDialog) name() string {
	if len(d.layers) == 0 || strings.TrimSpace(d.layers[0].Title) == "" {
		return lang.L("my khoroo")
	}
	return strings.TrimSpace(d.layers[0].Title)
}

// pickFile reads a boundary file in the background and takes it in.
func (d *newKhorooDialog) pickFile() {
	d.pickFiles(fileExtensions, func(path string) {
		go func() {
			l, err := load.File(path, load.Options{})
			fyne.Do(func() {
				if err != nil {
					showError(err, d.win)
					return
				}
				d.addLayer(l)
			})
		}()
	})
}

// showNewKhorooProject asks for the leader's boundary files, then where
// to save the new project.
func (ui *UI) showNewKhorooProject() *newKhorooDialog {
	d := newNewKhorooDialog(ui.win, ui.pickFile, func(name string, layers []*geo.Layer) {
		ui.pickSave(fileNameOf(name)+".gpkg", ".gpkg", func(path string) { ui.createKhorooProject(path, layers) })
	})
	d.dialog.Show()
	return d
}

// createKhorooProject writes an empty project (default categories, no
// sample) at path, opens it and adds the layers to it.
func (ui *UI) createKhorooProject(path string, layers []*geo.Layer) {
	if err := store.Create(path); err != nil {
		showError(err, ui.win)
		return
	}
	for _, l := range layers {
		ui.setLoading(+1)
		ui.pending = append(ui.pending, l) // saved once the project is open
	}
	ui.OpenProject(path)
}

// fileNameOf makes a name safe as a file name on every system.
func fileNameOf(name string) string {
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`<>:"/\|?*`, r) {
			return '_'
		}
		return r
	}, name)
	if name = strings.Trim(filepath.Base(name), ". "); name == "" {
		return lang.L("my khoroo")
	}
	return name
}
