package app

import (
	"testing"
)

// A page is drawn off the UI goroutine from a snapshot: editing the
// window's annotations afterwards leaves it as it was.
func TestPrintProjectIsASnapshot(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.printProject()
	name := p.Annotations.Points[0].Name
	ui.ws.Annotations().Points[0].Name = "edited meanwhile"
	if got := p.Annotations.Points[0].Name; got != name {
		t.Errorf("the page's point became %q", got)
	}
}

// A setting the project file refuses is reported, not dropped.
func TestSaveSettingReportsErrors(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.saveSetting("title", "first")
	if ui.win.Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog after a setting that was saved")
	}
	ui.ws.Project().Close() // the file goes away underneath
	ui.saveSetting("title", "second")
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Error("no message when the setting could not be saved")
	}
}
