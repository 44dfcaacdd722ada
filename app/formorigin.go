package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// originWords says where the mapping the dialog opens with comes from:
// the guess, this project's import of the form, or the office database
// (and who saved it there), which a sync brought.
func originWords(p phoneform.Settings, tab *phoneform.Table, remembered bool) string {
	if !remembered {
		return lang.L("Guessed from the column names")
	}
	if by, err := phoneform.SavedBy(p, phoneform.Key(tab)); err == nil && by != "" {
		return fmt.Sprintf(lang.L("Saved in the office database by %s"), by)
	}
	return lang.L("As imported before for this form")
}
