package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// The coverage tab shades the regions out of reach, lists the kheseg
// worst first, and turns a row into a gap with one click.
func TestCoveragePanel(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.cover
	p.category.SetSelected("Water kiosk or well")
	if p.distance.Text != "500" {
		t.Errorf("default distance %q", p.distance.Text)
	}
	p.by.SetSelected("Kheseg")
	p.distance.SetText("400")
	p.compute()
	if len(p.results) != 6 {
		t.Fatalf("%d results", len(p.results))
	}
	for i := 1; i < len(p.results); i++ {
		if p.results[i].Share > p.results[i-1].Share {
			t.Fatal("not worst first")
		}
	}
	if v, _, _ := ui.ws.Project().Setting("coverage_distance.water_kiosk"); v != "400" {
		t.Errorf("the distance was not kept in the project: %q", v)
	}
	shaded := false
	for _, l := range ui.Map.Scene().Layers {
		if l.Layer == p.shaded {
			shaded = true
		}
	}
	if !shaded || !strings.Contains(p.status.Text, "beyond 400 m") {
		t.Errorf("shaded %v, status %q", shaded, p.status.Text)
	}
	gaps := len(ui.ws.Annotations().Gaps)
	p.list.Select(0)
	test.Tap(p.makeGap)
	if len(ui.ws.Annotations().Gaps) != gaps+1 {
		t.Fatalf("%d gaps after making one", len(ui.ws.Annotations().Gaps))
	}
	g := ui.ws.Annotations().Gaps[len(ui.ws.Annotations().Gaps)-1]
	if g.Kind != annot.MissingService || g.Service != "water_kiosk" || !g.IsArea() || g.Severity != annot.High {
		t.Errorf("gap %+v", g)
	}
	if s, _ := ui.ws.Project().Load(); len(s.Gaps) != gaps+1 {
		t.Error("the gap was not saved")
	}
	p.show.SetChecked(false)
	for _, l := range ui.Map.Scene().Layers {
		if l.Layer == p.shaded {
			t.Error("the shading is still drawn after unticking it")
		}
	}
}
