package app

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
)

// A view is kept as numbers and read back; anything else in the
// preferences is refused rather than moving the map off the world.
func TestViewCodes(t *testing.T) {
	c, z, ok := decodeView(encodeView(orb.Point{106.917561, 47.918}, 13.5))
	if !ok || c != (orb.Point{106.917561, 47.918}) || z != 13.5 {
		t.Fatalf("round trip: %v %v %v", c, z, ok)
	}
	for _, bad := range []string{"", "106.9,47.9", "106.9,47.9,13,1", "x,47.9,13", "106.9,NaN,13", "106.9,47.9,+Inf",
		"200,47.9,13", "106.9,89,13", "106.9,47.9,-3", "106.9,47.9,99", "Улаанбаатар"} {
		if _, _, ok := decodeView(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
}

// Reopening a project shows it where it was left, not fitted anew.
func TestReopenRestoresView(t *testing.T) {
	ui := newTestUI(t, 1)
	path := ui.ws.Project().Path()
	ui.Map.SetView(orb.Point{106.93, 47.955}, 17)
	ui.OpenIn(filepath.Join(t.TempDir(), "other.gpkg"), nil)
	ui.Map.SetView(orb.Point{106.8, 47.9}, 11)
	ui.OpenProject(path)
	if v := ui.Map.View(); v.Zoom != 17 || orbDistance(v.Center, orb.Point{106.93, 47.955}) > 1e-6 {
		t.Errorf("reopened at %v zoom %v", v.Center, v.Zoom)
	}
}

// Adding a layer zooms to it, wherever the map was.
func TestAddLayerZoomsToIt(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.Map.SetView(orb.Point{106.9, 47.9}, 10)
	path := filepath.Join(t.TempDir(), "far.geojson")
	os.WriteFile(path, []byte(`{"type":"Feature","properties":{"name":"Алс газар"},"geometry":{"type":"Polygon",`+
		`"coordinates":[[[107.20,47.80],[107.21,47.80],[107.21,47.81],[107.20,47.80]]]}}`), 0o644)
	ui.Open([]string{path})
	v := ui.Map.View()
	if !v.Bound().Contains(orb.Point{107.205, 47.805}) || v.Zoom < 14 {
		t.Errorf("after adding a layer the map shows %v at zoom %.1f", v.Bound(), v.Zoom)
	}
}
