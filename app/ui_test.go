package app

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// A file that cannot be read gets a one-line error dialog naming it, and
// the window keeps working.
func TestFailedLoadShowsDialog(t *testing.T) {
	ui := newTestUI(t, 1)
	bad := filepath.Join(t.TempDir(), "broken.geojson")
	os.WriteFile(bad, []byte(`{"type":"FeatureCollection","features":[`), 0o644)
	layers := len(ui.layers.list)
	ui.Open([]string{bad})
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog")
	}
	text := overlayText(ui.win.Canvas().Overlays().Top())
	if !strings.Contains(text, "broken.geojson: feature 1: line 1, column 41: unexpected end of file") {
		t.Errorf("dialog says %q", text)
	}
	if len(ui.layers.list) != layers {
		t.Errorf("a broken file added a layer")
	}
	ui.Map.ZoomBy(1) // still usable
}

// overlayText collects the text of every label in an overlay.
func overlayText(o fyne.CanvasObject) string {
	var sb strings.Builder
	for _, obj := range test.LaidOutObjects(o) {
		switch w := obj.(type) {
		case *widget.Label:
			sb.WriteString(w.Text + "\n")
		case *widget.RichText:
			sb.WriteString(w.String() + "\n")
		}
	}
	return sb.String()
}

// Opening a real file in the background adds its layer.
func TestOpenAddsLayer(t *testing.T) {
	path, _ := filepath.Abs("../../shared/data/real/khoroo_kml_ublight_2021/bgd.kml")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no ../shared/data/real")
	}
	ui := newTestUI(t, 1)
	before := len(ui.layers.list)
	ui.Open([]string{path})
	if len(ui.layers.list) != before+1 {
		t.Fatalf("%d layers after opening one file to %d", len(ui.layers.list), before)
	}
	var found *mapLayer
	for _, ml := range ui.layers.list {
		if ml.layer.Source == path {
			found = ml
		}
	}
	if found == nil || found.role != geo.RoleKhoroo || len(found.layer.Features) != 25 {
		t.Fatalf("bgd.kml loaded as %+v", found)
	}
	if recent := ui.prefs().StringList(prefRecent); len(recent) == 0 || recent[0] != path {
		t.Errorf("recent files: %q", recent)
	}
}

// Switching language rebuilds the window in Mongolian and back.
func TestSwitchLanguage(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	ui.setLanguage("mn")
	if got := ui.panelTitle(); got != "Давхаргууд" {
		t.Errorf("layers panel title in Mongolian: %q", got)
	}
	if got := ui.prefs().String(prefLanguage); got != "mn" {
		t.Errorf("the choice was not remembered: %q", got)
	}
	ui.setLanguage("en")
	if got := ui.panelTitle(); got != "Layers" {
		t.Errorf("layers panel title in English: %q", got)
	}
}

// panelTitle finds the bold "Layers" heading.
func (ui *UI) panelTitle() string {
	for _, obj := range test.LaidOutObjects(ui.win.Content()) {
		if l, ok := obj.(*widget.Label); ok && l.TextStyle.Bold && l != ui.info.title {
			return l.Text
		}
	}
	return ""
}

// Searching in Latin finds Cyrillic names and zooms to them.
func TestSearch(t *testing.T) {
	ui := newTestUI(t, 1)
	test.Type(ui.search, "5-r kheseg")
	ui.search.OnSubmitted(ui.search.Text)
	_, f := ui.layers.feature(ui.layers.selected)
	if f == nil || f.Name != "5-р хэсэг" {
		t.Fatalf("search selected %v", f)
	}
	if !ui.Map.View().Bound().Contains(f.Geometry.Bound().Center()) {
		t.Error("the map did not move to the match")
	}
	if ui.status.Text != "Match 1 / 9: 5-р хэсэг" { // then the points lying in it
		t.Errorf("status %q", ui.status.Text)
	}
	ui.search.SetText("no such place")
	ui.search.OnSubmitted(ui.search.Text)
	if !strings.Contains(ui.status.Text, "no such place") {
		t.Errorf("status after a failed search: %q", ui.status.Text)
	}
}

// Files dropped on the window open like any other.
func TestDropOpens(t *testing.T) {
	ui := newTestUI(t, 1)
	path := filepath.Join(t.TempDir(), "ger.geojson")
	os.WriteFile(path, []byte(`{"type":"Feature","properties":{"name":"Шинэ гэр хороолол"},"geometry":{"type":"Polygon",`+
		`"coordinates":[[[106.93,47.96],[106.935,47.96],[106.935,47.965],[106.93,47.96]]]}}`), 0o644)
	before := len(ui.layers.list)
	ui.dropped(fyne.NewPos(400, 300), []fyne.URI{storage.NewFileURI(path)})
	if len(ui.layers.list) != before+1 {
		t.Fatalf("%d layers after a drop, want %d", len(ui.layers.list), before+1)
	}
}

// The progress bar runs while a file is being read, and stops after.
func TestProgressWhileLoading(t *testing.T) {
	ui := newTestUI(t, 1)
	var pending []func()
	ui.background = func(f func()) { pending = append(pending, f) }
	path := filepath.Join(t.TempDir(), "ger.geojson")
	os.WriteFile(path, []byte(`{"type":"Feature","properties":{"name":"Шинэ гэр хороолол"},"geometry":{"type":"Polygon",`+
		`"coordinates":[[[106.93,47.96],[106.935,47.96],[106.935,47.965],[106.93,47.96]]]}}`), 0o644)
	ui.Open([]string{path})
	if !ui.progress.Visible() {
		t.Error("no progress bar while loading")
	}
	for len(pending) > 0 { // reading, then saving into the project
		f := pending[0]
		pending = pending[1:]
		f()
	}
	if ui.progress.Visible() {
		t.Error("the progress bar stays after loading")
	}
}

// Ctrl+F puts the cursor in the search box.
func TestSearchShortcut(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.win.Canvas().Unfocus()
	ui.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(shortcutSearch)
	if ui.win.Canvas().Focused() != ui.search {
		t.Error("Ctrl+F did not focus the search box")
	}
}

// Enter again goes to the next match; the search runs in the background
// and copes with the layer being removed meanwhile.
func TestSearchCyclesAndSurvivesRemoval(t *testing.T) {
	ui := newTestUI(t, 1)
	test.Type(ui.search, "heseg")
	ui.search.OnSubmitted(ui.search.Text)
	first := ui.status.Text
	ui.search.OnSubmitted(ui.search.Text)
	// the six kheseg, then the points lying in them
	if first != "Match 1 / 41: 1-р хэсэг" || ui.status.Text != "Match 2 / 41: 2-р хэсэг" {
		t.Errorf("statuses %q then %q, want Match 1 / 41 then Match 2 / 41", first, ui.status.Text)
	}

	var pending []func()
	ui.background = func(f func()) { pending = append(pending, f) }
	ui.search.SetText("3-r heseg")
	ui.search.OnSubmitted(ui.search.Text)
	if ui.status.Text != "Searching…" {
		t.Errorf("status while searching: %q", ui.status.Text)
	}
	li, _ := kheseg(t, ui, "3-р хэсэг")
	ui.layers.remove(li)
	for _, f := range pending {
		f()
	}
	// the kheseg went with its layer: the first match left is a point lying in it
	if !strings.HasPrefix(ui.status.Text, "Match 2 / ") || strings.HasSuffix(ui.status.Text, "3-р хэсэг") || ui.layers.selected != render.None {
		t.Errorf("after the layer went: status %q, selected %v", ui.status.Text, ui.layers.selected)
	}
}

// A layer can be recoloured and told what it is; the map follows.
func TestLayerColourAndRole(t *testing.T) {
	ui := newTestUI(t, 1)
	li, _ := kheseg(t, ui, "3-р хэсэг")
	kheseg := ui.layers.list[li].layer
	red := color.NRGBA{200, 0, 0, 255}
	ui.layers.setColour(li, red)
	if got := ui.Map.Scene().Layers[li].Style.Stroke; got != red {
		t.Errorf("the map draws the layer in %v after recolouring to %v", got, red)
	}
	ui.layers.changeRole(li, geo.RoleGerArea)
	for i, ml := range ui.layers.list {
		if ml.layer != kheseg {
			continue
		}
		if ml.role != geo.RoleGerArea || ml.style.Fill.A == 0 {
			t.Errorf("after choosing ger area: role %v, fill %v", ml.role, ml.style.Fill)
		}
		if ui.Map.Scene().Layers[i].Role != geo.RoleGerArea {
			t.Error("the map did not get the new role")
		}
	}
}

// The About dialog names the version, the licences, each layer's source
// and where settings and cache live.
func TestAbout(t *testing.T) {
	ui := newTestUI(t, 1)
	for _, ml := range ui.layers.list {
		if ml.role == geo.RoleKhoroo {
			ml.layer.Attribution = "© Сургалтын төв"
		}
	}
	text := ui.aboutText()
	for _, want := range []string{"Version dev", "MIT", "SIL Open Font License", "khoroo.geojson — © Сургалтын төв", "kheseg.geojson — the file states no licence", "Settings: ", "mn.khoroomap.app", "Cache: ", ui.ws.Project().Path()} {
		if !strings.Contains(text, want) {
			t.Errorf("About lacks %q:\n%s", want, text)
		}
	}
	ui.showAbout()
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Error("no About dialog")
	}
}

// The search finds service points and gaps too, by name, category or
// notes, in either script, and selects them.
func TestSearchFindsAnnotations(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.search.SetText("3-r us tugeekh")
	ui.search.OnSubmitted(ui.search.Text)
	p, ok := ui.ws.Annotations().Point(ui.selectedAnnot)
	if !ok || p.Name != "3-р ус түгээх байр" {
		t.Fatalf("selected %q (%q)", ui.selectedAnnot, p.Name)
	}
	if !ui.Map.View().Bound().Contains(p.Location) {
		t.Error("the map did not move to the point")
	}
}
