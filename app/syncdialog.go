package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/app/settings"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// prefSyncURL is the office database's address, kept in the preferences
// (never in the project) and only when it holds no password.
const prefSyncURL = "sync.url"

// syncPanel is File > Sync with the office database…: the address, the
// password (asked each time, or kept in the OS keyring when the person
// ticks the box; never in the project), the area, progress (the stage,
// and the photos done of the stage's) with Cancel, and the last result. It is built from the window, the workspace, the
// preferences and onSynced, run on the UI goroutine with the project's
// annotations after a sync changed them. Closing it cancels a sync.
type syncPanel struct {
	win      fyne.Window
	ws       *workspace.Workspace
	prefs    *settings.Store
	onSynced func(*annot.Set)

	url, password, area *formEntry
	keep                *widget.Check // keep the typed password in the OS keyring
	bar                 *widget.ProgressBar
	stage               *widget.Label // the stage under way
	start, cancel       *widget.Button
	last                *widget.Label
	// previous is the last sync that ended well, shown again under a
	// cancelled or failed one; end is how the last one ended. Both are
	// worded on each showing, in the language then chosen.
	previous *goodSync
	end      *syncEnd
	// step is the stage the running or last sync reached (none yet when
	// its Stage is 0).
	step   office.Progress
	stop   context.CancelFunc
	dialog dialog.Dialog // once shown
	// done, when set, is called after each sync ends, and moved each time
	// the bar moves, with its value (for tests).
	done  func()
	moved func(float64)
}

func newSyncPanel(win fyne.Window, ws *workspace.Workspace, prefs *settings.Store, onSynced func(*annot.Set)) *syncPanel {
	s := &syncPanel{win: win, ws: ws, prefs: prefs, onSynced: onSynced,
		url: newEntry(nil), password: newPasswordEntry(), area: newEntry(nil),
		bar: widget.NewProgressBar(), stage: widget.NewLabel(""), last: widget.NewLabel(""),
		keep: widget.NewCheck("", nil)}
	s.url.SetPlaceHolder("postgres://bat@office/city?sslmode=require")
	s.url.SetText(prefs.String(prefSyncURL))
	s.start = widget.NewButton("", s.run)
	s.cancel = widget.NewButton("", func() { s.halt() })
	s.relabel()
	s.last.Wrapping = fyne.TextWrapWord
	s.busy(false)
	s.bar.Hidden, s.stage.Hidden = true, true // until the first sync; then they show how it went
	return s
}

// show opens the panel as a modal dialog, so no edit is made while the
// project syncs.
func (s *syncPanel) show() {
	form := widget.NewForm(widget.NewFormItem(lang.L("Office database"), s.url),
		widget.NewFormItem(lang.L("Password"), s.password), widget.NewFormItem("", s.keep), widget.NewFormItem(lang.L("Area"), s.area))
	body := container.NewVBox(form, s.bar, s.stage, container.NewHBox(s.start, s.cancel), s.last)
	s.dialog = dialog.NewCustom(lang.L("Sync with the office database"), lang.L("Close"), body, s.win)
	s.dialog.SetOnClosed(s.halt)
	s.dialog.Show()
	s.fit()
}

// fit lays the dialog out again after a line showed, hid or grew, as
// large as its content needs, and at least 520×320.
func (s *syncPanel) fit() {
	if s.dialog != nil {
		s.dialog.Refresh()
		s.dialog.Resize(s.dialog.MinSize().Max(fyne.NewSize(520, 320)))
	}
}

func (s *syncPanel) halt() {
	if s.stop != nil {
		s.stop()
	}
}

func (s *syncPanel) busy(on bool) {
	if on {
		s.bar.Hidden, s.stage.Hidden = false, false
		s.stage.SetText("")
		s.step = office.Progress{}
		s.setBar(0)
		s.start.Disable()
		s.cancel.Enable()
	} else {
		s.start.Enable()
		s.cancel.Disable()
	}
	s.fit()
}

// showSync opens File > Sync with the office database….
func (ui *UI) showSync() {
	if ui.syncer == nil {
		ui.syncer = newSyncPanel(ui.win, ui.ws, ui.prefs(), func(s *annot.Set) {
			ui.ws.Replace(s)
			ui.annotsChanged()
		})
	}
	ui.syncer.show()
}
