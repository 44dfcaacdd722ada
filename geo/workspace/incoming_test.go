package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// A KML of khoroos with schools beside them: the import guesses a
// boundary layer and leaves the schools out, as points takes the schools
// as service points; both files go into the project in one transaction,
// so a file that then fails leaves the project as it was.
func TestReadIncomingAndImport(t *testing.T) {
	dir := t.TempDir()
	kml := filepath.Join(dir, "khoroo.kml")
	os.WriteFile(kml, []byte(`<kml><Document><Placemark><name>1-р хороо</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.9,47.9 106.91,47.9 106.91,47.91 106.9,47.9</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`+
		`<Placemark><name>12-р сургууль</name><Point><coordinates>106.905,47.905</coordinates></Point></Placemark></Document></kml>`), 0o644)
	p, err := OpenFile(filepath.Join(dir, "p.gpkg"), Create)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	guessed, err := ReadIncoming(kml, nil)
	if err != nil {
		t.Fatal(err)
	}
	pts := geo.RolePoints
	points, err := ReadIncoming(kml, &pts)
	if err != nil {
		t.Fatal(err)
	}
	if len(guessed.Layers) != 1 || guessed.Layers[0].Kind != geo.Polygons || len(points.Layers) != 1 || points.Layers[0].Kind != geo.Points {
		t.Fatalf("read %v and, as points, %v", guessed.Layers, points.Layers)
	}
	if _, err := Import(p, []*Incoming{guessed, points, {Path: "bad", Layers: []*geo.Layer{{Kind: geo.Points, Source: "bad.geojson", Features: []geo.Feature{{Geometry: orb.Point{500, 47.9}}}}}}}, nil, ""); err == nil {
		t.Fatal("a point off the Earth was imported")
	}
	if ls, _ := p.Layers(); len(ls) != 0 {
		t.Fatalf("a failed import left %d layers", len(ls))
	}
	res, err := Import(p, []*Incoming{guessed, points}, nil, "Б")
	if err != nil || res.Added != 1 || len(res.NewLayers) != 1 || res.NewLayers[0].Role != geo.RoleKhoroo || res.NewLayers[0].Table != res.Layers[0] {
		t.Fatalf("imported %+v (%v)", res, err)
	}
	if _, err := ReadIncoming(filepath.Join(dir, "missing.kml"), nil); err == nil || !strings.Contains(err.Error(), "missing.kml") {
		t.Errorf("a missing file: %v", err)
	}
}
