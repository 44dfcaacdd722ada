package coverage

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// spatialite computes the uncovered area of one polygon with GDAL's SQLite
// dialect (SpatiaLite's ST_Buffer, ST_Union and ST_Difference) in UTM 48N,
// the way a GIS expert would, and returns it with the polygon's area.
func spatialite(t testing.TB, area orb.Polygon, pts []orb.Point, d float64) (total, uncovered float64) {
	t.Helper()
	dir := t.TempDir()
	ring := func(r orb.Ring) string {
		var s []string
		for _, p := range r {
			s = append(s, fmt.Sprintf("[%.8f,%.8f]", p[0], p[1]))
		}
		return "[" + strings.Join(s, ",") + "]"
	}
	var rings []string
	for _, r := range area {
		rings = append(rings, ring(r))
	}
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("area.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[`+strings.Join(rings, ",")+`]}}]}`)
	var feats []string
	for _, p := range pts {
		feats = append(feats, fmt.Sprintf(`{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[%.8f,%.8f]}}`, p[0], p[1]))
	}
	ps := write("points.geojson", `{"type":"FeatureCollection","features":[`+strings.Join(feats, ",")+`]}`)
	gpkg := filepath.Join(dir, "case.gpkg")
	for _, args := range [][]string{{"-f", "GPKG", gpkg, a, "-nln", "area"}, {"-update", "-f", "GPKG", gpkg, ps, "-nln", "points"}} {
		if out, err := exec.Command("ogr2ogr", args...).CombinedOutput(); err != nil {
			t.Fatalf("ogr2ogr: %v\n%s", err, out)
		}
	}
	sql := fmt.Sprintf(`SELECT ST_Area(ST_Transform(a.geom, 32648)) AS total,
		ST_Area(ST_Difference(ST_Transform(a.geom, 32648), (SELECT ST_Union(ST_Buffer(ST_Transform(p.geom, 32648), %g)) FROM points p))) AS uncovered FROM area a`, d)
	out, err := exec.Command("ogrinfo", "-ro", "-q", gpkg, "-dialect", "SQLite", "-sql", sql).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, out)
	}
	get := func(name string) float64 {
		if regexp.MustCompile(name + ` \(\w+\) = \(null\)`).Match(out) {
			return 0 // the difference is empty: everything is within reach
		}
		m := regexp.MustCompile(name + ` \(Real\) = ([0-9.e+-]+)`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("no %s in:\n%s", name, out)
		}
		v, _ := strconv.ParseFloat(string(m[1]), 64)
		return v
	}
	return get("total"), get("uncovered")
}

// TestAgreesWithSpatiaLite cross-checks the uncovered area against
// GDAL/SpatiaLite on the same inputs, in UTM 48N: within 1% of the area.
func TestAgreesWithSpatiaLite(t *testing.T) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	cases := []struct {
		name string
		area Area
		pts  []orb.Point
		d    float64
	}{
		{"a pentagon and three points", Area{Geometry: orb.MultiPolygon{{{{106.90, 47.91}, {106.93, 47.91}, {106.935, 47.93}, {106.91, 47.935}, {106.90, 47.91}}}}},
			[]orb.Point{{106.91, 47.92}, {106.925, 47.925}, {106.94, 47.90}}, 500},
		{"a square with a hole", square(ub, 1500, 500), []orb.Point{at(ub, 500, 500), at(ub, -600, 0)}, 400},
	}
	areas, pts := realCase(t, 300)
	for _, i := range []int{10, 60, 120} { // three real khoroos, 300 scattered points
		cases = append(cases, struct {
			name string
			area Area
			pts  []orb.Point
			d    float64
		}{"real khoroo " + areas[i].Name, areas[i], pts, 1000})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := Compute([]Area{tc.area}, tc.pts, tc.d)[0]
			var total, unc float64
			for _, poly := range tc.area.Geometry {
				a, u := spatialite(t, poly, tc.pts, tc.d)
				total, unc = total+a, unc+u
			}
			ours := res.Share * total // both in UTM square metres
			if diff := math.Abs(ours - unc); diff > 0.01*total {
				t.Errorf("uncovered %.0f m² here, %.0f m² by SpatiaLite: %.2f%% of the area apart", ours, unc, 100*diff/total)
			}
			t.Logf("share %.4f here, %.4f by SpatiaLite", res.Share, unc/total)
		})
	}
}
