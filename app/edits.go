package app

import (
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// now is the clock edits are stamped with; tests may replace it.
var now = time.Now

// edit makes one change to the project: stamped with the author and the
// time, its places worked out, committed to the file in its own
// transaction, then shown and recorded for undo. A change the file refuses
// is shown as an error and changes nothing.
func (ui *UI) edit(c annot.Change) bool {
	c = ui.prepare(annot.Touch(c, ui.author(), now()))
	if !ui.commit(c) {
		return false
	}
	ui.history.Did(c)
	return true
}

// prepare fills in what an edit derives: the places of a new or moved
// annotation.
func (ui *UI) prepare(c annot.Change) annot.Change {
	if ui.assigner == nil {
		return c
	}
	if c.NewPoint != nil {
		c.NewPoint.Places = ui.assigner.At(c.NewPoint.Location)
	}
	if c.NewGap != nil {
		c.NewGap.Places = ui.assigner.Of(c.NewGap.Geometry)
	}
	return c
}

// commit writes a change and applies it to what is shown.
func (ui *UI) commit(c annot.Change) bool {
	if ui.proj == nil {
		dialog.ShowInformation(lang.L("No project"), lang.L("Open or create a project first."), ui.win)
		return false
	}
	if err := ui.proj.Apply(c); err != nil {
		dialog.ShowError(err, ui.win)
		return false
	}
	ui.annots.Apply(c)
	if c.NewPoint == nil && c.NewGap == nil && c.NewCategory == nil && (c.OldPoint != nil || c.OldGap != nil) {
		ui.selectedAnnot = ""
		ui.info.show(nil, nil)
	}
	ui.annotsChanged()
	return true
}

// undo reverts the last edit, itself saved as an edit.
func (ui *UI) undo() {
	c, ok := ui.history.Undo()
	if !ok {
		return
	}
	c = ui.prepare(annot.Touch(c, ui.author(), now()))
	if ui.commit(c) {
		ui.history.Undone(c)
		ui.status.SetText(lang.L("Undone"))
	}
}

// redo makes the last undone edit again.
func (ui *UI) redo() {
	c, ok := ui.history.Redo()
	if !ok {
		return
	}
	c = ui.prepare(annot.Touch(c, ui.author(), now()))
	if ui.commit(c) {
		ui.history.Redone(c)
		ui.status.SetText(lang.L("Redone"))
	}
}

// placesChanged rebuilds the assigner after the boundary layers changed
// and saves the khoroo, kheseg and ger area of every annotation anew.
func (ui *UI) placesChanged() {
	var layers []store.Layer
	for _, ml := range ui.layers.list {
		layers = append(layers, store.Layer{Layer: ml.layer, Role: ml.role})
	}
	ui.assigner = store.Assigner(layers)
	if ui.annots == nil || ui.assigner.Assign(ui.annots) == 0 || ui.proj == nil {
		return
	}
	if err := ui.proj.UpdatePlaces(ui.annots); err != nil {
		dialog.ShowError(err, ui.win)
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
