package app

import (
	"os"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// shortcutQuit is Ctrl+Q: File > Quit.
var shortcutQuit = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}

// exit ends the process; tests swap it.
var exit = osExit

// osExit is os.Exit.
var osExit = os.Exit

// ender closes a window once, whichever way out comes first: its close
// button, File > Quit, Ctrl+Q, or the system's SIGTERM at shutdown.
type ender struct{ once sync.Once }

// quitItem is File > Quit (Ctrl+Q): every window closes as with its close
// button, so the view is kept (Fyne's own Quit item skips the windows).
func (ui *UI) quitItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("Quit"), ui.quit)
	it.Shortcut, it.IsQuit = shortcutQuit, true
	return it
}

// quit closes the window, saving what it keeps, then the app's other
// windows, and stops.
func (ui *UI) quit() {
	ui.Close()
	ui.app.Quit()
}

// EndAtStop ends the process once the driver has stopped, having first
// closed the window (its last view saved, the project file closed) if no
// close button did: Fyne's own quit, on SIGTERM or SIGINT, skips the
// windows. It ends before Fyne saves its own preferences: Khoroo Map
// keeps nothing there, and that save truncated and rewrote
// preferences.json while Fyne's folder watcher read it ("Preferences load
// error: EOF" at about one quit in five, issue 16).
func (ui *UI) EndAtStop() {
	ui.app.Lifecycle().SetOnStopped(func() {
		ui.Close()
		exit(0)
	})
}
