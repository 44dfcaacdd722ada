package app

import "fyne.io/fyne/v2/lang"

// relabel words the sync panel's fields and buttons in the language now
// chosen: the window keeps the panel across a switch of language, for
// its last result.
func (s *syncPanel) relabel() {
	s.area.SetPlaceHolder(lang.L("your khoroo (СБД/6, a district, or empty)"))
	s.keep.SetText(lang.L("Keep the password in this computer's keyring"))
	s.start.SetText(lang.L("Sync"))
	s.cancel.SetText(lang.L("Cancel"))
}
