package app

import (
	"errors"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// now is the clock edits are stamped with; tests may replace it.
var now = time.Now

// edit makes one change to the project through the workspace (stamped,
// placed, committed to the file in its own transaction, recorded for
// undo), then shows it. A change the file refuses is shown as an error
// and changes nothing.
func (ui *UI) edit(c annot.Change) bool {
	made, err := ui.ws.Edit(c, ui.author())
	return ui.showEdit(made, err)
}

// showEdit shows the outcome of an edit, an undo or a redo.
func (ui *UI) showEdit(c annot.Change, err error) bool {
	switch {
	case errors.Is(err, workspace.ErrNoProject):
		dialog.ShowInformation(lang.L("No project"), lang.L("Open or create a project first."), ui.win)
		return false
	case err != nil:
		showError(err, ui.win)
		return false
	}
	if c.NewPoint == nil && c.NewGap == nil && c.NewCategory == nil && (c.OldPoint != nil || c.OldGap != nil) {
		ui.selectedAnnot = ""
		ui.info.show(nil, nil)
	}
	ui.annotsChanged()
	return true
}

// undo reverts the last edit, itself saved as an edit; the status bar
// says what was undone, or that there is nothing to undo.
func (ui *UI) undo() {
	c, ok, err := ui.ws.Undo(ui.author())
	switch {
	case !ok && ui.ws.Replaced():
		ui.status.SetText(lang.L("Nothing to undo: a sync with the office database cannot be undone, nor what came before it"))
	case !ok:
		ui.status.SetText(lang.L("Nothing to undo"))
	case ui.showEdit(c, err):
		ui.status.SetText(undoneText(c, langCode(ui.app), ui.forms().categoryName))
	}
}

// redo makes the last undone edit again, or says there is none.
func (ui *UI) redo() {
	c, ok, err := ui.ws.Redo(ui.author())
	switch {
	case !ok:
		ui.status.SetText(lang.L("Nothing to redo"))
	case ui.showEdit(c, err):
		ui.status.SetText(redoneText(c, langCode(ui.app), ui.forms().categoryName))
	}
}

// placesChanged works out who-is-where anew after the boundary layers
// changed, and saves the khoroo, kheseg and ger area of every annotation.
func (ui *UI) placesChanged() {
	var layers []store.Layer
	for _, ml := range ui.layers.list {
		layers = append(layers, store.Layer{Layer: ml.layer, Role: ml.role})
	}
	if err := ui.ws.SetBoundaries(layers); err != nil {
		showError(err, ui.win)
	}
}

// annotsChanged redraws the annotations and refreshes the panels that
// list them.
func (ui *UI) annotsChanged() {
	ui.sceneChanged()
	if ui.list != nil {
		ui.list.refresh()
	}
	if ui.cats != nil {
		ui.cats.refresh()
	}
	if ui.cover != nil {
		ui.cover.refresh()
	}
	if ui.selectedAnnot != "" {
		ui.showAnnotation(ui.selectedAnnot)
	}
}
