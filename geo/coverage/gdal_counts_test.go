package coverage

import (
	"bytes"
	"encoding/csv"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realcase"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
)

// The summary's points per real khoroo agree with GDAL/SpatiaLite's
// ST_Contains join of the real files: per district and number, not per
// name (33 names for 204 khoroos).
func TestSummaryCountsAgreeWithGDAL(t *testing.T) {
	if _, err := exec.LookPath("ogr2ogr"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	khoroos := realdata.File(t, "khoroo-map/khoroos.geojson")
	health := realdata.File(t, "c2m2_mobile/mongoliahealth.json")
	gpkg := filepath.Join(t.TempDir(), "real.gpkg")
	for _, args := range [][]string{{"-f", "GPKG", gpkg, khoroos, "-nln", "khoroos"}, {"-update", "-f", "GPKG", gpkg, health, "-nln", "health"}} {
		if out, err := exec.Command("ogr2ogr", args...).CombinedOutput(); err != nil {
			t.Fatalf("ogr2ogr: %v\n%s", err, out)
		}
	}
	out, err := exec.Command("ogr2ogr", "-f", "CSV", "/vsistdout/", gpkg, "-dialect", "SQLite", "-sql",
		`SELECT k.district, k.khoroo_number, count(h.geom) AS n FROM khoroos k LEFT JOIN health h ON ST_Contains(k.geom, h.geom) GROUP BY k.fid`).CombinedOutput()
	if err != nil {
		t.Fatalf("ogr2ogr: %v\n%s", err, out)
	}
	recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("GDAL's CSV: %v\n%s", err, out)
	}
	gdal := map[string]int{}
	for _, f := range recs[1:] {
		n, _ := strconv.Atoi(f[2])
		gdal[f[0]+" "+f[1]] = n
	}
	l := realcase.Khoroos(t)
	s, _, _ := realcase.Health(t)
	rows := Summary(AreasOf(l, geo.RoleKhoroo), s, nil)
	if len(rows) != 204 || len(gdal) != 204 {
		t.Fatalf("%d rows here, %d from GDAL", len(rows), len(gdal))
	}
	for _, r := range rows {
		total := 0
		for _, n := range r.Points {
			total += n
		}
		key := r.Area.District + " " + strings.SplitN(r.Area.Key, ":", 2)[1]
		if g, ok := gdal[key]; !ok || g != total {
			t.Errorf("%s %s (%s): %d points here, %d by GDAL", r.Area.District, r.Area.Name, key, total, g)
		}
	}
}
