package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/load"
	geoplace "github.com/khoroomap/khoroomap/geo/place"
)

// cityFile holds three khoroos of two districts, named as the city's
// file names them, the first one a 1-р хороо of each.
const cityFile = `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"СБД_01"},"geometry":{"type":"Polygon","coordinates":[[[106.90,47.90],[106.91,47.90],[106.91,47.91],[106.90,47.91],[106.90,47.90]]]}},
{"type":"Feature","properties":{"name":"БГД_01"},"geometry":{"type":"Polygon","coordinates":[[[106.80,47.90],[106.81,47.90],[106.81,47.91],[106.80,47.91],[106.80,47.90]]]}},
{"type":"Feature","properties":{"name":"СБД_02"},"geometry":{"type":"Polygon","coordinates":[[[106.92,47.90],[106.93,47.90],[106.93,47.91],[106.92,47.91],[106.92,47.90]]]}}]}`

// A leader starts a real project from the city's khoroo file: the
// khoroo picked by searching its district in Latin is the only boundary,
// no sample point or fictional khoroo comes along, and the title does not
// say training.
func TestNewProjectForMyKhoroo(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := t.TempDir()
	city := filepath.Join(dir, "khoroos.geojson")
	if err := os.WriteFile(city, []byte(cityFile), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := load.File(city, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := ui.showNewKhorooProject()
	d.addLayer(l)
	if d.picker == nil || d.picker.list.Length() != 3 {
		t.Fatal("no khoroo chooser for a file of three khoroos")
	}
	test.Type(d.picker.search, "bayangol")
	if d.picker.list.Length() != 1 || d.picker.shown[0].label != "БГД_01" {
		t.Fatalf("searching bayangol shows %+v", d.picker.shown)
	}
	d.picker.list.Select(0)
	if len(d.layers) != 1 || len(d.layers[0].Features) != 1 || d.name() != "БГД_01" {
		t.Fatalf("kept %d layers, name %q", len(d.layers), d.name())
	}
	path := filepath.Join(dir, d.name()+".gpkg")
	ui.createKhorooProject(path, d.layers)
	if ui.ws.Project() == nil || ui.ws.Project().Path() != path {
		t.Fatal("the new project is not open")
	}
	if n := len(ui.ws.Annotations().Points) + len(ui.ws.Annotations().Gaps); n != 0 {
		t.Errorf("%d sample annotations in a real project", n)
	}
	if len(ui.layers.list) != 1 || ui.layers.list[0].layer.Features[0].Name != "БГД_01" {
		t.Errorf("layers: %d", len(ui.layers.list))
	}
	if strings.Contains(ui.win.Title(), "Training") {
		t.Errorf("a real project's title says %q", ui.win.Title())
	}
}

// The city's 204 khoroos are listed with their districts, and a leader
// finds theirs by typing the district in Latin and the number.
func TestKhorooPickerRealCity(t *testing.T) {
	path, _ := filepath.Abs("../../shared/data/real/khoroo-map/khoroos.geojson")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no ../shared/data/real")
	}
	l, err := load.File(path, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ui := newTestUI(t, 1)
	picked := -1
	p := showKhorooPicker(ui.win, l, func(i int) { picked = i })
	if p.list.Length() != 204 {
		t.Errorf("%d khoroos listed, want 204", p.list.Length())
	}
	test.Type(p.search, "sukhbaatar 6")
	var labels []string
	for _, e := range p.shown {
		labels = append(labels, e.label)
	}
	if !slices.Contains(labels, "СБД 6-р хороо") || len(labels) > 3 {
		t.Fatalf("sukhbaatar 6 shows %q", labels)
	}
	p.list.Select(slices.Index(labels, "СБД 6-р хороо"))
	if picked < 0 || geoplace.KhorooOf(&l.Features[picked], l.Source).Key() != "sbd:6" {
		t.Fatalf("picked feature %d", picked)
	}
	if k := onlyKhoroo(l, picked); k.Title != "СБД 6-р хороо" || len(k.Features) != 1 {
		t.Errorf("kept %q with %d features", k.Title, len(k.Features))
	}
}
