package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// typeEscape types text into e, focused as a click would, then Escape, as
// the driver sends keys to the focused field (the window's own key
// handler never sees them).
func typeEscape(ui *UI, e *formEntry, text string) {
	c := ui.win.Canvas()
	c.Focus(e)
	if c.Focused() != e {
		panic("the field cannot take the keyboard")
	}
	test.Type(e, text)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

// Escape typed in a field of a dialog closes the dialog as its Cancel or
// Close does, and the typing is dropped: nothing is kept.
func TestEscapeInDialogFields(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.setAuthor("Бат")
	picked, next := false, false
	cases := []struct {
		name string
		open func() *formEntry
		kept func() string // what must not change
	}{
		{"Settings: name", func() *formEntry { return ui.showSettings().author }, ui.author},
		{"print: title", func() *formEntry { return ui.showExport().title }, func() string { return ui.prefs().String(prefExportSource) }},
		{"print: notes", func() *formEntry { return ui.showExport().notes }, func() string { return ui.status.Text }},
		{"print: source", func() *formEntry { return ui.showExport().source }, func() string { return ui.prefs().String(prefExportSource) }},
		{"sync: address", func() *formEntry { ui.showSync(); return ui.syncer.url }, func() string { return ui.prefs().String(prefSyncURL) }},
		{"sync: password", func() *formEntry { ui.showSync(); return ui.syncer.password }, func() string { return ui.syncer.password.Text }},
		{"online map", func() *formEntry {
			ui.base.askOnline()
			return focusedOr(ui, "online map")
		}, func() string { return ui.base.spec }},
		{"welcome: name", func() *formEntry { return ui.showFirstSteps().name }, ui.author},
		{"trainer: name", func() *formEntry { return ui.askNameThen(func() { next = true }) }, ui.author},
		{"pick your khoroo", func() *formEntry {
			return showKhorooPicker(ui.win, ui.layers.list[0].layer, func(int) { picked = true }).search
		}, func() string { return "" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.open()
			before, text := tc.kept(), e.Text
			typeEscape(ui, e, "Өлзийбаяр")
			if top := ui.win.Canvas().Overlays().Top(); top != nil {
				t.Fatalf("Escape left %v open", overlayText(top))
			}
			if got := tc.kept(); got != before || e.Text != text {
				t.Errorf("Escape kept something: %q (was %q), the field reads %q (was %q)", got, before, e.Text, text)
			}
		})
	}
	if picked || next {
		t.Errorf("Escape went on: a khoroo picked %v, the trainer's copy %v", picked, next)
	}
}

// focusedOr is the entry of the dialog just opened: the one with the
// keyboard, else the first in it.
func focusedOr(ui *UI, what string) *formEntry {
	if e, ok := ui.win.Canvas().Focused().(*formEntry); ok {
		return e
	}
	for _, o := range test.LaidOutObjects(ui.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*formEntry); ok {
			return e
		}
	}
	panic("no field in the " + what + " dialog")
}

// Escape typed in the Coverage tab's distance puts the distance back,
// gives the keyboard back to the window and does what Escape does there:
// the selection is cleared.
func TestEscapeInCoverageDistance(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.leftTabs().SelectIndex(3) // Coverage
	ui.selectAnnotation(ui.ws.Annotations().Points[0].ID)
	before := ui.cover.distance.Text
	typeEscape(ui, ui.cover.distance, "9")
	if got := ui.cover.distance.Text; got != before {
		t.Errorf("the distance reads %q after Escape, was %q", got, before)
	}
	if f := ui.win.Canvas().Focused(); f != nil {
		t.Errorf("the field kept the keyboard: %T", f)
	}
	if ui.selectedAnnot != "" {
		t.Error("the window's Escape did not clear the selection")
	}
}

// Escape after a choice in a dialog's list closes the dialog: a select
// keeps the keyboard once chosen from, and Escape did nothing there (the
// print dialog after its "Map" list was used). The choice is kept.
func TestEscapeAfterChoosing(t *testing.T) {
	ui := newTestUI(t, 1)
	cases := []struct {
		name string
		open func() *formSelect
	}{
		{"print: map", func() *formSelect { return ui.showExport().extent }},
		{"Settings: language", func() *formSelect { return ui.showSettings().language }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.open()
			c := ui.win.Canvas()
			if tc.name == "print: map" { // choosing a language would switch it
				s.SetSelectedIndex(len(s.Options) - 1)
			}
			c.Focus(s)
			if c.Focused() != s {
				t.Fatal("the list cannot take the keyboard")
			}
			chosen := s.Selected
			s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if top := c.Overlays().Top(); top != nil {
				t.Fatalf("Escape left %v open", overlayText(top))
			}
			if s.Selected != chosen {
				t.Errorf("Escape changed the choice to %q", s.Selected)
			}
		})
	}
}
