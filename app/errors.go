package app

import "fyne.io/fyne/v2"

// showError is the one way the window shows an error: worded in the
// window's language (words.Lang.Explain), the file names and the
// system's own cause kept, as written (see errorDialog), in the one
// error dialog of win.
func showError(err error, win fyne.Window) {
	showErrorLine(langOf(fyne.CurrentApp()).Explain(err), win)
}

// errorText is err worded in the window's language for a line that
// already says what failed (a status, a report, a form's problem).
func errorText(err error) string { return langOf(fyne.CurrentApp()).Cause(err) }
