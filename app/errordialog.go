package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// windowDialog is a kind of dialog a window shows once at a time: while
// one is open, what follows becomes lines of it rather than dialogs
// stacked on it, so six bad files added at once are one error dialog of
// six lines, scrolled when they are many.
type windowDialog struct {
	win  fyne.Window
	kind string // "error", "layers"
}

// openDialogs are the windows' dialogs of each kind open.
var openDialogs = struct {
	sync.Mutex
	m map[windowDialog]*textDialog
}{m: map[windowDialog]*textDialog{}}

// open returns the dialog of k open, or a new one made by build (shown
// by the caller once it has lines) and true. Call it on the UI goroutine.
func (k windowDialog) open(build func() *textDialog) (*textDialog, bool) {
	openDialogs.Lock()
	defer openDialogs.Unlock()
	if e := openDialogs.m[k]; e != nil && e.shown() {
		return e, false
	}
	e := build()
	e.d.SetOnClosed(func() {
		openDialogs.Lock()
		defer openDialogs.Unlock()
		if openDialogs.m[k] == e {
			delete(openDialogs.m, k)
		}
	})
	openDialogs.m[k] = e
	return e, true
}

// showErrorLine shows line in win's error dialog: a line added to the
// one open, else a new one. Call it on the UI goroutine.
func showErrorLine(line string, win fyne.Window) {
	e, isNew := windowDialog{win, "error"}.open(func() *textDialog {
		return newTextDialog(lang.L("Error"), lang.L("OK"), theme.ErrorIcon(), win)
	})
	e.add(line)
	if isNew {
		e.d.Show()
	}
}
