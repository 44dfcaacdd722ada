package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"
)

// press sends a key to the window as the driver does when no field has
// focus.
func press(ui *UI, k fyne.KeyName) { ui.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

// While a form is open the map's keys do not move the map, and Escape
// closes the form as Cancel does: nothing is saved.
func TestKeysWaitWhileFormOpen(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Gaps)
	view := ui.Map.View()
	ui.showGapForm(nil, orb.Point{106.92, 47.96})
	for _, k := range []fyne.KeyName{fyne.KeyLeft, fyne.KeyUp, fyne.KeyHome, fyne.KeyDelete} {
		press(ui, k)
	}
	for _, r := range "+-=" {
		ui.win.Canvas().OnTypedRune()(r)
	}
	if got := ui.Map.View(); got != view {
		t.Errorf("keys under the form moved the map from %v to %v", view, got)
	}
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d overlays with the form open, want the form alone", n)
	}
	press(ui, fyne.KeyEscape)
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape left %v open", overlayText(top))
	}
	if got := len(ui.ws.Annotations().Gaps); got != before {
		t.Errorf("Escape saved a gap: %d gaps, were %d", got, before)
	}
}

// Delete asks before deleting; a second Delete under the question does
// not ask again, and Escape answers No.
func TestEscapeAnswersNo(t *testing.T) {
	ui := newTestUI(t, 1)
	pts := ui.ws.Annotations().Points
	if len(pts) == 0 {
		t.Fatal("the sample has no points")
	}
	ui.selectAnnotation(pts[0].ID)
	press(ui, fyne.KeyDelete)
	press(ui, fyne.KeyDelete)
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d overlays after Delete twice, want one question", n)
	}
	press(ui, fyne.KeyEscape)
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape left %v open", overlayText(top))
	}
	if _, ok := ui.ws.Annotations().Point(pts[0].ID); !ok {
		t.Error("Escape on the question deleted the point")
	}
	ui.showSettings()
	press(ui, fyne.KeyEscape)
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("Escape left Settings open: %v", overlayText(top))
	}
}

// Escape typed in a field of a form, or in the Save dialog's file name,
// cancels it: the form closes and nothing is saved.
func TestEscapeInFieldCancels(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Points)
	c := ui.win.Canvas()
	f := ui.showPointForm(nil, orb.Point{106.92, 47.96})
	for _, e := range []*formEntry{f.name, f.notes} {
		c.Focus(e)
		c.Focused().TypedRune('Б')
		if c.Overlays().Top() == nil {
			t.Fatal("typing closed the form")
		}
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if top := c.Overlays().Top(); top != nil {
		t.Fatalf("Escape in the notes left %v open", overlayText(top))
	}
	if got := len(ui.ws.Annotations().Points); got != before {
		t.Errorf("Escape saved a point: %d points, were %d", got, before)
	}
	ui.showSaveAs()
	c.Focus(ui.picker.name)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if top := c.Overlays().Top(); top != nil {
		t.Errorf("Escape in the file name left %v open", overlayText(top))
	}
}
