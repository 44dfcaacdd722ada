package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// On the first start the welcome shows the three first steps and asks
// the name, which is then recorded on new points; on the next start it
// stays away, and the Help menu's "First steps" shows it again with the
// name filled in.
func TestWelcomeFirstRun(t *testing.T) {
	ui := newTestUI(t, 1)
	w := ui.welcomeFirstRun()
	if w == nil {
		t.Fatal("no welcome on the first start")
	}
	text := renderedText(ui.win.Canvas().Overlays().Top())
	for _, step := range []string{"1. Add a boundary file", "2. Mark a service point or a gap", "3. Print a page"} {
		if !strings.Contains(text, step) {
			t.Errorf("the welcome lacks %q: %q", step, text)
		}
	}
	test.Type(w.name, " Батболд, 3-р хэсэг ")
	tapButton(t, ui, "Start")
	if ui.author() != "Батболд, 3-р хэсэг" {
		t.Errorf("name stored as %q", ui.author())
	}
	if f := ui.showPointForm(nil, labelPointOf(ui, 0, 0)); f.recorder.Text != "Батболд, 3-р хэсэг" {
		t.Errorf("a new point is recorded by %q", f.recorder.Text)
	} else {
		f.form.dialog.Hide()
	}
	if ui.welcomeFirstRun() != nil {
		t.Error("the welcome shows again on the next start")
	}
	if again := ui.showFirstSteps(); again.name.Text != "Батболд, 3-р хэсэг" {
		t.Errorf("First steps shows the name %q", again.name.Text)
	}
}
