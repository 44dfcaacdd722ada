package store

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// trackGPX is a walk of two track segments beside a waypoint.
const trackGPX = `<gpx><wpt lat="47.92" lon="106.90"><name>Худаг</name></wpt>
<trk><name>Хэсэг 3-ын алхалт</name><trkseg><trkpt lat="47.90" lon="106.90"/><trkpt lat="47.91" lon="106.91"/></trkseg>
<trkseg><trkpt lat="47.92" lon="106.92"/><trkpt lat="47.92" lon="106.93"/></trkseg></trk></gpx>`

// TestImportKeepsTrackAsLines imports a GPX of a waypoint and a track as
// one import (as `khoroomap import walk.gpx` does, even with -as points):
// the waypoint is a service point, the track a layer of lines that comes
// back whole, and GDAL reads it as a MultiLineString layer.
func TestImportKeepsTrackAsLines(t *testing.T) {
	p := newProject(t)
	path := t.TempDir() + "/walk_khoroo.gpx" // a word of a boundary role in the name: still no boundary
	must(t, os.WriteFile(path, []byte(trackGPX), 0o644))
	ls, err := load.All(path, load.Options{Points: true})
	must(t, err)
	points := geo.RolePoints
	res, err := p.Import(ls, &points, "Б. Болормаа")
	must(t, err)
	if res.Added != 1 || len(res.Layers) != 1 {
		t.Fatalf("%+v", res)
	}
	layers, err := p.Layers()
	must(t, err)
	l := layers[len(layers)-1]
	want := orb.MultiLineString{{{106.90, 47.90}, {106.91, 47.91}}, {{106.92, 47.92}, {106.93, 47.92}}}
	if l.Layer.Kind != geo.Lines || l.Role != geo.RoleOther || len(l.Layer.Features) != 1 || !orb.Equal(l.Layer.Features[0].Geometry, want) || l.Layer.Features[0].Name != "Хэсэг 3-ын алхалт" {
		t.Fatalf("layer %s: %v %v %+v", l.Table, l.Layer.Kind, l.Role, l.Layer.Features)
	}
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	out, err := exec.Command("ogrinfo", "-ro", "-so", p.Path(), l.Table).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Geometry: Multi Line String") || !strings.Contains(string(out), "Feature Count: 1") {
		t.Errorf("ogrinfo: %v\n%s", err, out)
	}
}
