package app

import (
	"path/filepath"
	"testing"
)

// The print dialog opened again shows the title, subtitle and notes typed
// in it for this project; another project has its own (none yet), and
// coming back brings them back.
func TestPrintTextsKeptForTheProject(t *testing.T) {
	ui := newTestUI(t, 1)
	first := ui.ws.Project().Path()
	d := ui.showExport()
	d.title.SetText("5-р хэсэг")
	d.subtitle.SetText("Сүхбаатар дүүрэг, 2026-11-30")
	d.notes.SetText("Хаврын үер — Өнгөт гудамж\nГэрэлтүүлэггүй: 3")
	d.dialog.Hide()
	texts := func(d *exportDialog) [3]string { return [3]string{d.title.Text, d.subtitle.Text, d.notes.Text} }
	want := texts(d)
	again := ui.showExport()
	if got := texts(again); got != want {
		t.Errorf("opened again: %q, want %q", got, want)
	}
	again.dialog.Hide()
	ui.Open([]string{trainingCopy(t, t.TempDir(), "other.gpkg")})
	other := ui.showExport()
	if got := texts(other); got != [3]string{} {
		t.Errorf("another project's dialog: %q", got)
	}
	other.dialog.Hide()
	ui.Open([]string{first})
	back := ui.showExport()
	if got := texts(back); got != want || filepath.Base(ui.ws.Project().Path()) != "training.gpkg" {
		t.Errorf("back in the first project: %q", got)
	}
	back.dialog.Hide()
}
