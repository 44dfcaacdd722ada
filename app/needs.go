package app

import (
	"fyne.io/fyne/v2"

	"github.com/khoroomap/khoroomap/app/settings"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// panelNeeds are the narrow things a panel of the window works with (the
// basemap and street map panels): never the whole *UI.
type panelNeeds struct {
	win   fyne.Window
	prefs *settings.Store
	ws    *workspace.Workspace
	view  *MapView
	// status says a line in the status bar; save keeps a project setting;
	// pickFile asks for a file with one of exts; background runs work off
	// the UI goroutine; langCode is the window's language ("mn" or "en").
	status     func(string)
	save       func(key, value string)
	pickFile   func(exts []string, chosen func(string))
	pickDir    func(start string, chosen func(string)) // start "": the home folder
	background func(func())
	langCode   func() string
}

// needs gathers the window's panelNeeds. The functions look the window up
// when called, so they hold across a rebuild (a change of language).
func (ui *UI) needs() panelNeeds {
	return panelNeeds{win: ui.win, prefs: ui.prefs(), ws: ui.ws, view: ui.Map,
		status:     func(s string) { ui.status.SetText(s) },
		save:       ui.saveSetting,
		pickFile:   ui.pickFile,
		pickDir:    ui.pickFolder,
		background: func(f func()) { ui.background(f) },
		langCode:   func() string { return langCode(ui.app) },
	}
}
