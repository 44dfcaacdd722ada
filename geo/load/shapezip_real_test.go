package load

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/shapefile"
)

// The real green-zone hexagon map (a polygon .shp in UTM 46N, published
// without its .dbf), zipped as QGIS would with a .dbf and a .prj, reads as
// the same 244 hexagons the publisher's own WGS 84 GeoJSON holds, within
// a few centimetres.
func TestShapeZipRealHexagons(t *testing.T) {
	shp, err := os.ReadFile(realdata.File(t, "greenzone/greenzone_hex_map.shp"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Features []struct {
			Geometry struct{ Coordinates [][][2]float64 }
		}
	}
	data, err := os.ReadFile(realdata.File(t, "greenzone/converted_to_wgs84_geojson.json"))
	if err != nil || json.Unmarshal(data, &want) != nil {
		t.Fatalf("the publisher's GeoJSON: %v", err)
	}
	dbf := &shapefile.Layer{Name: "hex", Fields: []string{"id"}}
	for i := range want.Features {
		dbf.Rows = append(dbf.Rows, shapefile.Row{Geometry: orb.Point{0, 0}, Values: []string{strings.Repeat("x", i%3)}})
	}
	files, err := dbf.Files()
	if err != nil {
		t.Fatal(err)
	}
	prj := strings.ReplaceAll(strings.ReplaceAll(prjUTM48, "48N", "46N"), "105.0", "93.0")
	l, err := File(writeZip(t, "greenzone.zip", map[string]string{"hex/greenzone.shp": string(shp), "hex/greenzone.dbf": string(files["hex.dbf"]), "hex/greenzone.prj": prj}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Kind != geo.Polygons || len(l.Features) != len(want.Features) || len(l.Features) != 244 {
		t.Fatalf("%v x %d, want 244 polygons", l.Kind, len(l.Features))
	}
	worst := 0.0
	for i, f := range l.Features {
		ring := f.Geometry.(orb.MultiPolygon)[0][0]
		for _, p := range want.Features[i].Geometry.Coordinates[0] {
			worst = math.Max(worst, nearestCorner(ring, orb.Point(p)))
		}
	}
	t.Logf("worst corner %.3g°", worst)
	if worst > 1e-6 { // degrees: about 8 cm east-west here
		t.Errorf("a corner lies %.2g° from the publisher's", worst)
	}
}

func nearestCorner(r orb.Ring, p orb.Point) float64 {
	best := math.Inf(1)
	for _, q := range r {
		best = math.Min(best, math.Hypot(q[0]-p[0], q[1]-p[1]))
	}
	return best
}
