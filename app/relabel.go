package app

import "fyne.io/fyne/v2/lang"

// relabel words the sync panel's fields and buttons, its stage and its
// last result in the language now chosen: the window keeps the panel
// across a switch of language, for its last result.
func (s *syncPanel) relabel() {
	s.area.SetPlaceHolder(lang.L("your khoroo (СБД/6, a district, or empty)"))
	s.keep.SetText(lang.L("Keep the password in this computer's keyring"))
	s.start.SetText(lang.L("Sync"))
	s.cancel.SetText(lang.L("Cancel"))
	running := !s.cancel.Disabled()
	switch {
	case !running && s.end != nil && s.end.err == nil:
		s.stage.SetText(lang.L("Sync finished."))
	case s.step.Stage != 0:
		s.stage.SetText(stepWords(s.step))
	}
	s.last.SetText(s.lastWords())
	s.fit()
}

// closedExport forgets the print dialog d once it is closed.
func (ui *UI) closedExport(d *exportDialog) {
	if ui.export == d {
		ui.export = nil
	}
}

// exportAgain builds the open print dialog anew in the language now
// chosen, with what was typed and picked in it that the settings do not
// keep: the texts, the area, the shading, and the page's language when it
// was not the window's.
func (ui *UI) exportAgain() {
	old := ui.export
	texts := []string{old.title.Text, old.subtitle.Text, old.notes.Text, old.source.Text}
	area, shade, page := old.extent.SelectedIndex(), old.coverage.Checked, old.language.Selected
	followed := old.printLang() == old.env.lang
	old.dialog.Hide()
	d := ui.showExport()
	for i, e := range []*formEntry{d.title, d.subtitle, d.notes, d.source} {
		e.SetText(texts[i])
	}
	d.extent.SetSelectedIndex(area)
	d.coverage.SetChecked(shade && !d.coverage.Disabled())
	if !followed {
		d.language.SetSelected(page)
	}
}
