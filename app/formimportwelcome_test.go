package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

// On the very first start a phone form's export given with the window
// waits for the welcome: its dialog opens once the welcome is closed, on
// top, and not before.
func TestPhoneFormDialogAfterWelcome(t *testing.T) {
	var fi *formImporter
	formOpened = func(f *formImporter) { fi = f }
	defer func() { formOpened = nil }()
	ui, err := New(test.NewTempApp(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ui.Close)
	var jobs []func()
	ui.background = func(f func()) { jobs = append(jobs, f) }
	ui.Map.inline = true
	ui.OpenStartup([]string{trainingCopy(t, t.TempDir(), "Хороо.gpkg"), koboExport(t)})
	welcome := ui.win.Canvas().Overlays().Top()
	if ui.welcome == nil || welcome == nil {
		t.Fatal("no welcome on the first start")
	}
	for len(jobs) > 0 { // the project opens, the export is read
		job := jobs[0]
		jobs = jobs[1:]
		job()
	}
	if fi != nil || ui.win.Canvas().Overlays().Top() != welcome {
		t.Fatal("the phone form's dialog opened over the welcome")
	}
	tapButton(t, ui, "Start")
	if fi == nil || ui.win.Canvas().Overlays().Top() == nil || ui.win.Canvas().Overlays().Top() == welcome {
		t.Fatalf("no phone form's dialog after the welcome (opened: %t)", fi != nil)
	}
	if filepath.Base(fi.tab.Source) != "kobo.csv" {
		t.Errorf("the dialog of %s", fi.tab.Source)
	}
}
