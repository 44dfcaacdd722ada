package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/words"
)

// dialogWords are the words the top dialog shows: labels, buttons, check
// boxes and the place-holders of its fields.
func dialogWords(ui *UI) string {
	var sb strings.Builder
	for _, o := range test.LaidOutObjects(ui.win.Canvas().Overlays().Top()) {
		switch w := o.(type) {
		case *widget.Label:
			sb.WriteString(w.Text + "\n")
		case *widget.Button:
			sb.WriteString(w.Text + "\n")
		case *widget.Check:
			sb.WriteString(w.Text + "\n")
		case *formEntry:
			sb.WriteString(w.PlaceHolder + "\n")
		}
	}
	return sb.String()
}

// Settings left open across a switch of language speak the new language
// at once, the name typed still in its field and stored only when the
// dialog closes.
func TestSettingsFollowLanguage(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	ui.setAuthor("Бат")
	s := ui.showSettings()
	s.author.SetText("Бат-Эрдэнэ") // typed, not yet kept
	for _, tc := range []struct {
		label string
		l     words.Lang
	}{{"Монгол", words.MN}, {"English", words.EN}} {
		s.language.SetSelected(tc.label)
		got := dialogWords(ui)
		for _, key := range []string{"Settings", "Language", "Your name (recorded on your edits)", "Close",
			"Projector mode: large text and map labels, high contrast", "e.g. D. Ganbaatar, 5th kheseg leader"} {
			if !strings.Contains(got, tc.l.T(key)+"\n") {
				t.Errorf("after %s the dialog lacks %q: it shows\n%s", tc.label, tc.l.T(key), got)
			}
		}
		if n := len(ui.win.Canvas().Overlays().List()); n != 1 || s.language.Selected != tc.label {
			t.Errorf("after %s: %d dialogs, the language list on %q", tc.label, n, s.language.Selected)
		}
		if s.author.Text != "Бат-Эрдэнэ" || ui.author() != "Бат" {
			t.Errorf("after %s the field holds %q and the name kept is %q", tc.label, s.author.Text, ui.author())
		}
	}
	typeEscape(ui, s.author, "!") // Escape after the switches: the name is not changed
	if ui.author() != "Бат" || len(ui.win.Canvas().Overlays().List()) != 0 {
		t.Errorf("Escape kept %q", ui.author())
	}
	s = ui.showSettings()
	s.author.SetText("Бат-Эрдэнэ")
	s.language.SetSelected("Монгол")
	s.dialog.Hide()
	if ui.author() != "Бат-Эрдэнэ" {
		t.Errorf("closing kept %q", ui.author())
	}
}

// The sync dialog, kept by the window for its last result, speaks the
// language chosen since it was first opened.
func TestSyncFollowsLanguage(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	ui.showSync()
	cancelTop(ui.win.Canvas())
	ui.setLanguage("mn")
	ui.showSync()
	got := dialogWords(ui)
	for _, key := range []string{"Sync with the office database", "Sync", "Cancel", "Close",
		"Keep the password in this computer's keyring", "your khoroo (СБД/6, a district, or empty)"} {
		if !strings.Contains(got, words.MN.T(key)+"\n") {
			t.Errorf("the sync dialog lacks %q: it shows\n%s", words.MN.T(key), got)
		}
	}
}

// A print dialog open under Settings (the menu opens Settings over it)
// speaks the language chosen there once Settings close, with its texts
// and area as they were.
func TestPrintFollowsLanguage(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	d := ui.showExport()
	d.title.SetText("Хороо 6")
	area := len(d.extent.Options) - 1
	d.extent.SetSelectedIndex(area)
	s := ui.showSettings()
	s.language.SetSelected("Монгол")
	s.dialog.Hide()
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d dialogs open, want the print dialog alone", n)
	}
	got := dialogWords(ui)
	for _, key := range []string{"Print or export a map", "Landscape", "Summary table", "Close"} {
		if !strings.Contains(got, words.MN.T(key)+"\n") {
			t.Errorf("the print dialog lacks %q: it shows\n%s", words.MN.T(key), got)
		}
	}
	if d = ui.export; d.title.Text != "Хороо 6" || d.extent.SelectedIndex() != area || d.printLang() != words.MN {
		t.Errorf("the print dialog again: title %q, area %d (was %d), page in %s", d.title.Text, d.extent.SelectedIndex(), area, d.printLang())
	}
}
