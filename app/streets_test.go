package app

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// ringRoad is an extract with a primary road across the training khoroo.
const ringRoad = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
 <node id="1" version="1" lat="47.955" lon="106.88"/>
 <node id="2" version="1" lat="47.955" lon="106.97"/>
 <way id="1" version="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="primary"/><tag k="name" v="Их тойруу"/></way>
</osm>`

// A street map chosen in the window is kept in the project, drawn under
// the boundaries, and comes back when the project is opened again; an
// extract that cannot be read is reported and changes nothing.
func TestStreetsInTheWindow(t *testing.T) {
	primary := color.NRGBA{0xf2, 0xc9, 0x8a, 0xff}
	path := trainingCopy(t, t.TempDir(), "p.gpkg")
	extract := filepath.Join(t.TempDir(), "ub.osm")
	os.WriteFile(extract, []byte(ringRoad), 0o644)
	ui := newTestUIOn(t, path)
	ui.Map.RenderNow()
	before := countColour(ui, primary) // the ger areas' tint is close
	ui.streets.prepare(extract)
	if s := ui.streets.set.Load(); s == nil || s.Len() != 1 {
		t.Fatalf("the street map shown: %v", s)
	}
	if !strings.Contains(ui.status.Text, "ub.osm: 1 ") || ui.streets.progress.Visible() {
		t.Errorf("status %q, progress shown %v", ui.status.Text, ui.streets.progress.Visible())
	}
	ui.Map.RenderNow()
	if n := countColour(ui, primary) - before; n < 200 {
		t.Errorf("only %d more road-coloured pixels on the map", n)
	}
	// the street is found by name, in Latin too, and the map goes to it
	ui.Map.SetView(orb.Point{106.0, 47.0}, 15) // far away
	ui.search.SetText("ikh toiruu")
	ui.search.OnSubmitted(ui.search.Text)
	if !strings.Contains(ui.status.Text, "Их тойруу") || !ui.Map.View().Bound().Contains(orb.Point{106.925, 47.955}) {
		t.Errorf("search ikh toiruu: status %q, view %v", ui.status.Text, ui.Map.View().Bound())
	}
	ui.win.Close()

	again := newTestUIOn(t, path)
	if s := again.streets.set.Load(); s == nil || s.Len() != 1 {
		t.Fatal("the street map did not come back with the project")
	}
	bad := filepath.Join(t.TempDir(), "bad.osm.pbf")
	os.WriteFile(bad, []byte("nope, not a pbf"), 0o644)
	again.streets.prepare(bad)
	if again.win.Canvas().Overlays().Top() == nil {
		t.Error("no message about the bad extract")
	}
	if s := again.streets.set.Load(); s == nil || s.Len() != 1 {
		t.Error("a bad extract replaced the street map")
	}
}
