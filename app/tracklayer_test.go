package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// A GPX of a walk added with File > Add layer… gives, as `khoroomap
// import` does, its waypoints as service points and, beside them, the
// track as a layer of lines saved in the project.
func TestAddGPXWithTrack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "walk.gpx")
	gpx := `<gpx><wpt lat="47.955" lon="106.918"><name>Худаг</name></wpt>
<trk><name>Алхсан зам</name><trkseg><trkpt lat="47.952" lon="106.912"/><trkpt lat="47.958" lon="106.920"/></trkseg></trk></gpx>`
	if err := os.WriteFile(path, []byte(gpx), 0o644); err != nil {
		t.Fatal(err)
	}
	ui := testUI(t, 1, []string{path})
	kinds := map[geo.Kind]int{}
	for _, ml := range ui.layers.list {
		if filepath.Base(ml.layer.Source) == "walk.gpx" && ml.table != "" {
			kinds[ml.layer.Kind]++
		}
	}
	if kinds[geo.Points] != 0 || kinds[geo.Lines] != 1 {
		t.Errorf("walk.gpx gave saved layers %v, want one of lines", kinds)
	}
	if !slices.ContainsFunc(ui.ws.Annotations().Points, func(p annot.Point) bool { return p.Name == "Худаг" }) {
		t.Error("the waypoint is not a service point")
	}
	stored, err := ui.ws.Project().Layers()
	if err != nil || len(stored) != len(ui.layers.list) {
		t.Errorf("%d layers in the file, %d on the map (%v)", len(stored), len(ui.layers.list), err)
	}
}
