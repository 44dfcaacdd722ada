package office

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestGDALListsTheLayers opens the office database as QGIS does, through
// GDAL's PostgreSQL driver, and finds every table with its geometry type.
func TestGDALListsTheLayers(t *testing.T) {
	url := initDB(t)
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no ogrinfo (GDAL) on this machine")
	}
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	pg := fmt.Sprintf("PG:host=%s port=%d dbname=%s user=%s", cfg.Host, cfg.Port, cfg.Database, cfg.User)
	out, err := exec.Command("ogrinfo", "-ro", "-q", pg).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo %s: %v\n%s", pg, err, out)
	}
	for _, layer := range []string{
		"districts (Multi Polygon)", "khoroos (Multi Polygon)", "kheseg (Multi Polygon)", "ger_areas (Multi Polygon)",
		"service_points (Point)", "gap_points (Point)", "gap_areas (Polygon)",
	} {
		if !strings.Contains(string(out), layer) {
			t.Errorf("ogrinfo does not list %s:\n%s", layer, out)
		}
	}
}
