package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/coverage"
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
	if !shaded || !strings.Contains(p.status.Text, "more than 400 m from a mapped working Water kiosk or well (4 on the map): only points on the map count") {
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

// An edit, an undo (and a merge, which reopens the project the same way)
// that changes the points counted works the analysis out again; an edit
// that does not leaves it be.
func TestCoverageFollowsEdits(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.cover
	p.category.SetSelected("Water kiosk or well")
	p.by.SetSelected("Kheseg")
	p.compute()
	before := p.results
	worst := before[0].Area
	kiosk := annot.Point{Meta: annot.NewMeta("test", now()), Category: "water_kiosk", Name: "Шинэ худаг", Status: annot.Working,
		Location: orb.Point(worst.Geometry.Bound().Center())}
	if !ui.edit(annot.Change{NewPoint: &kiosk}) {
		t.Fatal("the point was not added")
	}
	if len(p.used) != 5 || !strings.HasPrefix(p.status.Text, "Worked out again after the change.") || sameResults(before, p.results) {
		t.Fatalf("after adding a kiosk: %d points counted, status %q", len(p.used), p.status.Text)
	}
	ui.undo()
	if len(p.used) != 4 || !sameResults(before, p.results) {
		t.Errorf("after the undo: %d points counted", len(p.used))
	}
	shown := p.results
	school := annot.Point{Meta: annot.NewMeta("test", now()), Category: "school", Name: "Сургууль", Status: annot.Working, Location: kiosk.Location}
	ui.edit(annot.Change{NewPoint: &school})
	if &shown[0] != &p.results[0] {
		t.Error("a school worked the water kiosks out again")
	}
}

func sameResults(a, b []coverage.Result) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Area.Name != b[i].Area.Name || a[i].Share != b[i].Share {
			return false
		}
	}
	return true
}

// A row click zooms to the area and shows it in the info panel, instead
// of what was selected before.
func TestCoverageRowSelectsArea(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.cover
	p.category.SetSelected("Water kiosk or well")
	p.by.SetSelected("Kheseg")
	p.compute()
	ui.selectAnnotation(ui.ws.Annotations().Points[0].ID)
	p.list.Select(2)
	area := p.results[2].Area
	if ui.selectedAnnot != "" || ui.info.title.Text != area.Name {
		t.Errorf("selected annotation %q, info panel shows %q, want %q", ui.selectedAnnot, ui.info.title.Text, area.Name)
	}
	_, f := ui.layers.feature(ui.layers.selected)
	if f == nil || f.Name != area.Name {
		t.Errorf("the map selects %v", f)
	}
	if !ui.Map.View().Bound().Contains(area.Geometry.Bound().Center()) {
		t.Error("the map did not move to the area")
	}
	if !strings.Contains(p.detail.Text, area.Name+": ") || !p.detail.Visible() {
		t.Errorf("the row's figures: %q", p.detail.Text)
	}
}
