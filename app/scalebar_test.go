package app

import (
	"strings"
	"testing"
)

// The window's scale bar writes its unit as the printed page does: "м"
// or "км" in Mongolian, "m" or "km" in English.
func TestScaleBarUnitInLanguage(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	for _, c := range []struct{ code, m, km string }{{"mn", " м", " км"}, {"en", " m", " km"}} {
		ui.setLanguage(c.code)
		if got := ui.scaleBar.label.Text; !strings.HasSuffix(got, c.m) && !strings.HasSuffix(got, c.km) {
			t.Errorf("%s: the scale bar says %q", c.code, got)
		}
	}
}
