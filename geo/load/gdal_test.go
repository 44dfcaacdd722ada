package load

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/paulmach/orb"
)

// ogrCount asks GDAL's ogrinfo how many features a file has.
func ogrCount(t *testing.T, path string) int {
	out, err := exec.Command("ogrinfo", "-ro", "-al", "-so", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo %s: %v\n%s", path, err, out)
	}
	total := 0
	for _, m := range regexp.MustCompile(`Feature Count: (\d+)`).FindAllSubmatch(out, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		total += n
	}
	return total
}

func needGDAL(t *testing.T) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("GDAL's ogrinfo is not installed (apt-get install gdal-bin)")
	}
}

// Khoroo Map and GDAL count the same features in the real GeoJSON files.
func TestGDALFeatureCounts(t *testing.T) {
	needGDAL(t)
	dir := realDir(t)
	files := []string{"khoroo-map/khoroos.geojson", "c2m2_backend/Ulaanbaatar_districts.geojson",
		"greenzone/green_zone_hex_map.geojson", "greenzone/mn.json", "bilgee/mongolia.prefectures.geojson"}
	more, _ := filepath.Glob(filepath.Join(dir, "c2m2_backend/adminLevel3/*.json"))
	for _, f := range more {
		rel, _ := filepath.Rel(dir, f)
		files = append(files, rel)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			path := filepath.Join(dir, f)
			l, err := File(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if want := ogrCount(t, path); len(l.Features) != want {
				t.Errorf("we read %d features, GDAL %d", len(l.Features), want)
			}
		})
	}
}

// Our UTM conversion lands where GDAL's ogr2ogr puts the same hexagons.
func TestGDALReprojection(t *testing.T) {
	needGDAL(t)
	src := filepath.Join(realDir(t), "greenzone/green_zone_hex_map.geojson")
	out := filepath.Join(t.TempDir(), "wgs84.geojson")
	if b, err := exec.Command("ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "COORDINATE_PRECISION=9", out, src).CombinedOutput(); err != nil {
		t.Fatalf("ogr2ogr: %v\n%s", err, b)
	}
	ours, err := File(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := File(out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for i := range ours.Features {
		a := ours.Features[i].Geometry.(orb.MultiPolygon)
		b := theirs.Features[i].Geometry.(orb.MultiPolygon)
		for k := range a[0][0] {
			p, q := a[0][0][k], b[0][0][k]
			worst = max(worst, abs(p[0]-q[0]), abs(p[1]-q[1]))
		}
	}
	// 1e-7 degrees is about a centimetre.
	if worst > 1e-7 {
		t.Errorf("largest difference from GDAL: %g degrees", worst)
	}
}
