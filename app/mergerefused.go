package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// refusedList is title, then every refused copy's reason (which names
// its file) on a line of its own, in the window's language.
func refusedList(title string, errs []error) string {
	var b strings.Builder
	b.WriteString(title + ":\n")
	for _, err := range errs {
		b.WriteString("• " + errorText(err) + "\n")
	}
	return b.String()
}

// showMergeError shows why nothing was merged in one dialog: every copy
// that could not be read, each with its reason, when there are several.
func showMergeError(err error, win fyne.Window) {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		showError(err, win)
		return
	}
	text := refusedList(lang.L("Nothing was merged; the project is as it was. These copies could not be read"), j.Unwrap())
	dialog.ShowError(errors.New(strings.TrimSpace(text)), win)
}
