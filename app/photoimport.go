package app

import (
	"context"
	"path/filepath"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photoimport"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// photoImporter brings a walk's phone photos into the open project from
// the window: a category for the batch, a progress bar with Cancel, a
// summary. It is built from the window, the workspace and callbacks, not
// the whole UI, and is used from the UI goroutine; the photos are read in
// the background on every core, and written in one transaction, so that
// Cancel leaves the project as it was.
type photoImporter struct {
	win     fyne.Window
	ws      *workspace.Workspace
	author  func() string
	lang    string
	changed func() // the annotations were replaced: redraw, list anew
	noGPS   func(*photoimport.Result)
	// pickFolder and pickFile show the window's Open dialogs
	pickFolder, pickFile func(chosen func(path string))

	// widgets kept for tests
	category *formSelect
	bar      *widget.ProgressBar
	cancel   *widget.Button
	progress dialog.Dialog
	ids      []string // category IDs in the order category lists them
	done     chan struct{}
	from     string       // the folder or photo imported, for undo
	placer   *photoPlacer // the photos without GPS, after the import
}

// show asks for the batch's category, then for a folder or a photo.
func (pi *photoImporter) show() {
	s := pi.ws.Annotations()
	if s == nil {
		return
	}
	var names []string
	pi.ids = nil
	for _, c := range s.Categories {
		names, pi.ids = append(names, c.Name(pi.lang)), append(pi.ids, c.ID)
	}
	pi.category = newChoice(names, nil)
	pi.category.SetSelectedIndex(pi.lastCategory())
	var d dialog.Dialog
	pick := func(folder bool) {
		d.Hide()
		pi.pick(folder)
	}
	body := container.NewVBox(widget.NewLabel(lang.L("Each photo with a GPS position becomes a service point of this category:")), pi.category,
		container.NewGridWithColumns(2, widget.NewButton(lang.L("A folder (DCIM)…"), func() { pick(true) }), widget.NewButton(lang.L("One photo…"), func() { pick(false) })))
	d = dialog.NewCustom(lang.L("Import photos"), lang.L("Close"), body, pi.win)
	d.Show()
}

// settingPhotoCategory keeps, in the project, the category of the last
// batch of photos imported, which the next import proposes.
const settingPhotoCategory = "photo_import_category"

// lastCategory is the index of the category of the last batch imported
// into the project, else of "other" (which comes last).
func (pi *photoImporter) lastCategory() int {
	if id, ok, _ := pi.ws.Project().Setting(settingPhotoCategory); ok {
		if i := slices.Index(pi.ids, id); i >= 0 {
			return i
		}
	}
	return len(pi.ids) - 1
}

// pick opens a folder or a photo, in the window's own Open dialogs, and
// imports it.
func (pi *photoImporter) pick(folder bool) {
	run := func(path string) { pi.run([]string{path}) }
	if folder {
		pi.pickFolder(run)
		return
	}
	pi.pickFile(run)
}

// chosen is the category ID picked for the batch.
func (pi *photoImporter) chosen() string {
	if i := pi.category.SelectedIndex(); i >= 0 && i < len(pi.ids) {
		return pi.ids[i]
	}
	return annot.Other
}

// run imports the photos of paths (files or folders) in the background.
func (pi *photoImporter) run(paths []string) {
	p := pi.ws.Project()
	if p == nil {
		return
	}
	pi.from = filepath.Base(paths[0])
	g := newCancelGate()
	pi.bar = widget.NewProgressBar()
	pi.cancel = widget.NewButton(lang.L("Cancel"), func() {
		if g.cancel() { // at once: the photos still being read are dropped
			pi.finish(p, nil, nil, context.Canceled)
		}
	})
	g.writing = func() { fyne.Do(pi.cancel.Disable) } // too late to cancel
	pi.progress = dialog.NewCustomWithoutButtons(lang.L("Importing photos…"), container.NewVBox(pi.bar, pi.cancel), pi.win)
	pi.progress.Show()
	pi.done = make(chan struct{})
	if err := p.SetSetting(settingPhotoCategory, pi.chosen()); err != nil {
		showError(err, pi.win)
	}
	opt := photoimport.Options{Category: pi.chosen(), Author: pi.author(), Now: time.Now(),
		Progress: func(done, total int) { fyne.Do(func() { pi.bar.SetValue(float64(done) / float64(total)) }) }}
	if a := pi.ws.Assigner(); a != nil {
		opt.Places = a.At
	}
	snap := pi.ws.Snapshot()
	go func() {
		defer close(pi.done)
		res, s, err := importPhotos(g, p, paths, snap, opt)
		g.done()
		fyne.Do(func() {
			if !g.cancelled() { // else Cancel has said so already
				pi.finish(p, res, s, err)
			}
		})
	}()
}

// showImportPhotos is File > Import photos….
func (ui *UI) showImportPhotos() { ui.newPhotoImporter().show() }

// newPhotoImporter gives the importer the few things it needs.
func (ui *UI) newPhotoImporter() *photoImporter {
	pi := &photoImporter{win: ui.win, ws: ui.ws, author: ui.author, lang: langCode(ui.app), changed: ui.annotsChanged,
		pickFolder: func(f func(string)) { ui.pickFolder("", f) },
		pickFile:   func(f func(string)) { ui.pickFile(photoimport.Extensions(), f) }}
	pi.noGPS = func(res *photoimport.Result) {
		pi.placer = &photoPlacer{win: ui.win, ws: ui.ws, author: ui.author, lang: pi.lang, category: pi.chosen(),
			tapOnce: ui.tapOnce, changed: ui.annotsChanged, photos: res.NoGPS, batch: res.Photos}
		pi.placer.show()
	}
	return pi
}
