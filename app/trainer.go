package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/training"
)

// isTraining reports whether the open project is the training sample.
func (ui *UI) isTraining() bool {
	if ui.ws.Project() == nil {
		return false
	}
	ok, _ := training.Is(ui.ws.Project())
	return ok
}

// confirmResetTraining asks before putting the training khoroo back as
// it came; only the training project can be reset.
func (ui *UI) confirmResetTraining() {
	if !ui.isTraining() {
		dialog.ShowInformation(lang.L("Reset the training khoroo"), lang.L("Only the training sample can be reset; open it first (File > Open the training sample)."), ui.win)
		return
	}
	msg := lang.L("Put the training khoroo back as it came, for the next group? The edits made in it are kept in a dated backup beside it.")
	dialog.ShowConfirm(lang.L("Reset the training khoroo"), msg, func(ok bool) {
		if ok {
			ui.resetTraining()
		}
	}, ui.win)
}

// resetTraining closes the training project, replaces it with a fresh
// sample (the old file kept as a dated backup) and opens it again.
func (ui *UI) resetTraining() {
	path := ui.ws.Project().Path()
	ui.ws.Close()
	backup, err := training.Reset(path, now())
	if err != nil {
		showError(err, ui.win)
	}
	d, rerr := readProject(path, true)
	if rerr != nil {
		showError(rerr, ui.win)
		return
	}
	ui.setProject(d)
	if err == nil {
		ui.status.SetText(fmt.Sprintf(lang.L("The training khoroo is fresh; the old one is kept as %s"), filepath.Base(backup)))
	}
}

// showSaveForTrainer saves a copy of the project named after the
// participant and the day, so copies on one USB stick never overwrite
// each other; the window carries on with the project itself.
func (ui *UI) showSaveForTrainer() {
	if ui.ws.Project() == nil {
		return
	}
	if ui.author() == "" {
		ui.askNameThen(ui.showSaveForTrainer)
		return
	}
	ui.pickSave(training.ParticipantCopyName(ui.author(), now()), ".gpkg", ui.saveForTrainer)
}

// saveForTrainer writes the copy for the trainer at path.
func (ui *UI) saveForTrainer(path string) {
	if p := ui.ws.Project(); p != nil {
		if err := p.SaveCopy(path); err != nil {
			showError(err, ui.win)
			return
		}
		ui.status.SetText(lang.L("Copy for the trainer saved:") + " " + path)
	}
}

// askNameThen asks the participant's name, which names the copy, and goes
// on with next once one is given.
func (ui *UI) askNameThen(next func()) *formEntry {
	name := newEntry(nil)
	name.SetPlaceHolder(lang.L("e.g. D. Ganbaatar, 5th kheseg leader"))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Your name (recorded on your edits)"), name)}
	d := dialog.NewForm(lang.L("Save a copy for the trainer…"), lang.L("Next"), lang.L("Cancel"), items, func(ok bool) {
		if !ok { // Cancel keeps the name the settings hold
			return
		}
		if ui.setAuthor(name.Text); ui.author() != "" {
			next()
		}
	}, ui.win)
	d.Resize(fyne.NewSize(460, 180))
	d.Show()
	return name
}
