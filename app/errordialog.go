package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// openErrors are the windows' error dialogs (textDialog) open: while one
// is, the errors that follow become lines of it rather than dialogs
// stacked on it, so six bad files added at once are one dialog of six
// lines, scrolled when they are many.
var openErrors = struct {
	sync.Mutex
	m map[fyne.Window]*textDialog
}{m: map[fyne.Window]*textDialog{}}

// showErrorLine shows line in win's error dialog: a line added to the
// one open, else a new one. Call it on the UI goroutine.
func showErrorLine(line string, win fyne.Window) {
	openErrors.Lock()
	e := openErrors.m[win]
	open := e != nil && e.shown()
	if !open {
		e = newTextDialog(lang.L("Error"), theme.ErrorIcon(), win)
		e.d.SetOnClosed(func() { forgetError(win, e) })
		openErrors.m[win] = e
	}
	openErrors.Unlock()
	e.add(line)
	if !open {
		e.d.Show()
	}
}

// forgetError drops e, closed, from the dialogs open.
func forgetError(win fyne.Window, e *textDialog) {
	openErrors.Lock()
	defer openErrors.Unlock()
	if openErrors.m[win] == e {
		delete(openErrors.m, win)
	}
}
