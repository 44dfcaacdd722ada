package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// showError is the one way the window shows an error: worded in the
// window's language (words.Lang.Explain), the file names and the
// system's own cause kept.
func showError(err error, win fyne.Window) {
	dialog.ShowError(errors.New(langOf(fyne.CurrentApp()).Explain(err)), win)
}

// errorText is err worded in the window's language for a line that
// already says what failed (a status, a report, a form's problem).
func errorText(err error) string { return langOf(fyne.CurrentApp()).Cause(err) }
