package exchange_test

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
)

// shapeSet: two service points (one with two photos and notes longer
// than a .dbf field), a gap point and a gap area with a hole:
//
//	+-----------+
//	|  +--+     |   the area as the project holds it (RFC 7946: outer ring
//	|  +--+     |   anticlockwise, hole clockwise); a Shapefile wants the
//	+-----------+   opposite, so the export turns both rings
func shapeSet() *annot.Set {
	now := time.Date(2026, 1, 12, 3, 0, 0, 0, time.UTC)
	p1 := annot.Point{Meta: annot.NewMeta("Б", now), Category: "water_kiosk", Name: "Ус түгээх 3-р байр", Status: annot.Broken,
		Notes: strings.Repeat("Өвөл хөлддөг. ", 20), Location: orb.Point{106.917, 47.918}, Photos: []string{"a", "b"}}
	p2 := annot.Point{Meta: annot.NewMeta("Б", now), Category: "school", Name: "Сургууль", Status: annot.Working, Location: orb.Point{106.92, 47.92}}
	g1 := annot.Gap{Meta: annot.NewMeta("Б", now), Kind: annot.NoLighting, Severity: annot.High, Status: annot.Open, Geometry: orb.Point{106.93, 47.93}, Photos: []string{"c"}}
	outer := orb.Ring{{106.90, 47.90}, {106.92, 47.90}, {106.92, 47.91}, {106.90, 47.91}, {106.90, 47.90}}
	hole := orb.Ring{{106.905, 47.905}, {106.905, 47.906}, {106.906, 47.906}, {106.906, 47.905}, {106.905, 47.905}}
	g2 := annot.Gap{Meta: annot.NewMeta("Б", now), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open, Geometry: orb.Polygon{outer, hole}}
	return &annot.Set{Categories: annot.DefaultCategories(), Points: []annot.Point{p1, p2}, Gaps: []annot.Gap{g1, g2}}
}

func TestShapefileZip(t *testing.T) {
	var buf bytes.Buffer
	jpeg := map[string][]byte{"a": []byte("A"), "b": []byte("B"), "c": []byte("C")}
	if err := exchange.WriteShapefileZip(&buf, shapeSet(), exchange.WriteOptions{Lang: "mn"}, func(id string) ([]byte, error) { return jpeg[id], nil }); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	got := strings.Join(names, " ")
	for _, want := range []string{"service_points.shp", "gap_areas.cpg", "gap_points_fields.csv", "photos/Ус_түгээх_3-р_байр_", "photos/Гэрэлтүүлэггүй_"} {
		if !strings.Contains(got, want) {
			t.Errorf("the zip lacks %s: %s", want, got)
		}
	}
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	path := filepath.Join(t.TempDir(), "out.zip")
	os.WriteFile(path, buf.Bytes(), 0o644)
	for layer, want := range map[string]string{"service_points": "Point", "gap_points": "Point", "gap_areas": "Polygon"} {
		out, err := exec.Command("ogrinfo", "-ro", "-al", "/vsizip/"+path+"/"+layer+".shp").CombinedOutput()
		s := string(out)
		if err != nil || strings.Contains(s, "ERROR") || strings.Contains(s, "Warning") {
			t.Fatalf("ogrinfo %s: %v\n%s", layer, err, s)
		}
		count := map[string]string{"service_points": "2", "gap_points": "1", "gap_areas": "1"}[layer]
		if !strings.Contains(s, "Geometry: "+want) || !strings.Contains(s, "Feature Count: "+count+"\n") {
			t.Errorf("%s: not %s x %s:\n%s", layer, want, count, s)
		}
		if layer == "service_points" {
			for _, w := range []string{"name (String) = Ус түгээх 3-р байр", "category_n (String) = Ус түгээх байр, худаг", "recorded_b", "photos (String) = photos/Ус_түгээх_3-р_байр_"} {
				if !strings.Contains(s, w) {
					t.Errorf("service_points lacks %q", w)
				}
			}
			if !regexp.MustCompile(`notes \(String\) = (Өвөл хөлддөг\. )+Өв`).MatchString(s) {
				t.Error("long notes not cut at a letter")
			}
		}
		if layer == "gap_areas" && !strings.Contains(s, "POLYGON ((106.9 47.9,106.9 47.91,106.92 47.91,106.92 47.9,106.9 47.9),(106.905 47.905,") {
			t.Errorf("the area's rings:\n%s", s)
		}
	}
}
