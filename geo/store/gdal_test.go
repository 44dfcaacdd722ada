package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

// gdalProject writes a project with the training sample's layers, 12
// service points, 3 gap points and 2 gap areas, each edited once; the
// first point has two photos and the first gap area one; one field sheet
// is read back.
func gdalProject(t *testing.T) string {
	p := newProject(t)
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		must(t, err)
		_, err = p.AddLayer(l, geo.InferRole(l))
		must(t, err)
	}
	var cs []annot.Change
	for i := range 12 {
		pt := samplePoint(fmt.Sprintf("%d-р цэг", i+1), orb.Point{106.91 + float64(i)*0.002, 47.95})
		cs = append(cs, annot.Change{NewPoint: &pt})
	}
	for i := range 5 {
		g := sampleGap(i >= 3)
		cs = append(cs, annot.Change{NewGap: &g})
	}
	phs := testPhotos(t, 3)
	cs[0].NewPoint.Photos = []string{phs[0].ID, phs[1].ID}
	cs[15].NewGap.Photos = []string{phs[2].ID}
	must(t, p.ApplyWithPhotos(phs, cs))
	for i := range cs { // each edited once: 17 past revisions
		cs[i] = annot.Touch(cs[i], "Б. Болормаа", t0.Add(time.Hour))
	}
	must(t, p.ApplyAll(cs))
	must(t, p.AddOverlay(testSheet(t, "5-1")))
	return p.Path()
}

// TestGDALReadsTheProject checks what CI checks: ogrinfo lists every layer
// with its feature count and geometry type, and ogr2ogr converts each to
// GeoJSON.
func TestGDALReadsTheProject(t *testing.T) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	path := gdalProject(t)
	want := map[string]struct {
		geom  string
		count int
	}{
		"boundary_khoroo": {"Multi Polygon", 1}, "boundary_kheseg": {"Multi Polygon", 6},
		"boundary_ger_areas": {"Multi Polygon", 3}, "boundary_services": {"Point", 36},
		"service_points": {"Point", 12}, "gap_points": {"Point", 3}, "gap_areas": {"Polygon", 2},
		"categories": {"None", len(annot.DefaultCategories())}, "settings": {"None", 1}, "layers": {"None", 4}, "revisions": {"None", 17},
		"media": {"None", 3}, "service_points_media": {"None", 2}, "gap_points_media": {"None", 0}, "gap_areas_media": {"None", 1},
		"sheet_overlays": {"Polygon", 1},
	}
	out, err := exec.Command("ogrinfo", "-ro", "-so", "-al", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, out)
	}
	re := regexp.MustCompile(`(?m)^Layer name: (\S+)\n(?:.*\n)*?Geometry: (.+)\nFeature Count: (\d+)`)
	seen := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[3])
		w, ok := want[m[1]]
		if !ok {
			t.Errorf("unexpected layer %s", m[1])
			continue
		}
		seen[m[1]] = true
		if m[2] != w.geom || n != w.count {
			t.Errorf("%s: %s x %d, want %s x %d", m[1], m[2], n, w.geom, w.count)
		}
	}
	if bytes.Contains(out, []byte("ERROR")) || bytes.Contains(out, []byte("Warning")) {
		t.Errorf("ogrinfo complained:\n%s", out)
	}
	dir := t.TempDir()
	for name, w := range want {
		if !seen[name] {
			t.Errorf("ogrinfo did not list %s", name)
		}
		dst := filepath.Join(dir, name+".geojson")
		if out, err := exec.Command("ogr2ogr", "-f", "GeoJSON", dst, path, name).CombinedOutput(); err != nil {
			t.Errorf("ogr2ogr %s: %v\n%s", name, err, out)
			continue
		}
		var fc struct{ Features []json.RawMessage }
		b, _ := os.ReadFile(dst)
		if err := json.Unmarshal(b, &fc); err != nil || len(fc.Features) != w.count {
			t.Errorf("%s as GeoJSON: %d features (%v)", name, len(fc.Features), err)
		}
	}
}
