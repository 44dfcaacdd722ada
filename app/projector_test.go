package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/khoroomap/khoroomap/geo/render"
)

// Projector mode, ticked in Settings, makes text larger and black on
// white and the map's labels larger; it is remembered for the next start
// and unticking it brings the normal look back.
func TestProjectorMode(t *testing.T) {
	ui := newTestUI(t, 1)
	text := ui.app.Settings().Theme().Size(theme.SizeNameText)
	before := inked(ui)
	normal := ui.win.Content().MinSize()
	s := ui.showSettings()
	test.Tap(s.projector)
	if !ui.prefs().Bool(prefProjector) {
		t.Fatal("projector mode is not remembered")
	}
	th := ui.app.Settings().Theme()
	if got := th.Size(theme.SizeNameText); got < text*1.2 {
		t.Errorf("text size %v in projector mode, %v before", got, text)
	}
	if fg := th.Color(theme.ColorNameForeground, theme.VariantDark); fg != projInk {
		t.Errorf("foreground %v, want black", fg)
	}
	// the panels set the window's height; projector mode may add little
	if min := ui.win.Content().MinSize(); min.Width > 1024 || min.Height > normal.Height+80 {
		t.Errorf("the window needs %v in projector mode, %v without: wider than a 1024×768 projector or much taller", min, normal)
	}
	ui.Map.RenderNow()
	if after := inked(ui); after < before*21/20 {
		t.Errorf("map ink: %d pixels in projector mode, %d before", after, before)
	}
	s.dialog.Hide()

	again, err := New(ui.app) // the next start, same preferences
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(again.Close)
	if !isProjector(ui.app.Settings().Theme()) || again.Map.magnify != projectorMagnify {
		t.Error("projector mode not applied at the next start")
	}
	test.Tap(again.showSettings().projector)
	if isProjector(ui.app.Settings().Theme()) || again.Map.magnify != 1 {
		t.Errorf("unticked: theme %T, magnify %v", ui.app.Settings().Theme(), again.Map.magnify)
	}
}

// inked counts the pixels of the last map frame that are not paper.
func inked(ui *UI) int {
	return ui.Map.shown.Bounds().Dx()*ui.Map.shown.Bounds().Dy() - countColour(ui, render.Paper)
}
