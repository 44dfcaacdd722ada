package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/store"
)

// walkKhoroos are two khoroos, halves of a square:
//
//	47.90 +-----+
//	      |6  / |   6-р хороо: the unnamed photo point
//	      | /  1|   1-р хороо: the named point and the gaps
//	47.89 +-----+
//	   106.90  106.91
const walkKhoroos = `{"type":"FeatureCollection","features":[` +
	`{"type":"Feature","properties":{"name":"1-р хороо"},"geometry":{"type":"Polygon","coordinates":[[[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.9,47.89]]]}},` +
	`{"type":"Feature","properties":{"name":"6-р хороо"},"geometry":{"type":"Polygon","coordinates":[[[106.9,47.89],[106.91,47.9],[106.9,47.9],[106.9,47.89]]]}}]}`

// photoProject writes a project of two khoroos whose service points (one
// named, one a photo point without a name, in another khoroo), gap point
// and gap area each hold a photo (the area two), as the window leaves
// them. Their khoroo tells the points apart better than their names, as
// in a leader's walk.
func photoProject(t *testing.T, dir string) (string, *annot.Set, map[string][]byte) {
	project := filepath.Join(dir, "хороо.gpkg")
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", project, writeFile(t, "khoroo.geojson", walkKhoroos)}, &out, &errOut); code != 0 {
		t.Fatalf("import the khoroos: %d %s", code, errOut.String())
	}
	var phs []photo.Photo
	for i := range 5 {
		img := phototest.Quadrants(60+4*i, 40)
		ph, err := photo.Reduce(fmt.Sprintf("IMG_%d.jpg", i+1), phototest.JPEG(img, phototest.Tags{}))
		must(t, err)
		phs = append(phs, ph)
	}
	now := time.Date(2026, 1, 12, 3, 0, 0, 0, time.UTC)
	pt := annot.Point{Meta: annot.NewMeta("Б. Болормаа", now), Category: "water_kiosk", Name: "Ус түгээх 3-р байр", Status: annot.Broken,
		Notes: "Өвөл хөлддөг", Observed: "2026-01-10", RecordedBy: "Д. Ганбаатар", Location: orb.Point{106.905, 47.893}, Photos: []string{phs[0].ID},
		Places: annot.Places{Khoroo: "1-р хороо"}} // as the window places it

	unnamed := annot.Point{Meta: annot.NewMeta("Б. Болормаа", now), Category: "other", Status: annot.Working, Location: orb.Point{106.902, 47.897}, Photos: []string{phs[4].ID},
		Places: annot.Places{Khoroo: "6-р хороо"}}
	dark := annot.Gap{Meta: annot.NewMeta("О. Сарангэрэл", now), Kind: annot.MissingService, Service: "kindergarten", Severity: annot.High,
		Status: annot.Raised, Notes: "Хүүхдүүд 2 км алхдаг", RaisedBy: "5-р хэсэг", Raised: "2026-01-09", Geometry: orb.Point{106.907, 47.894}, Photos: []string{phs[1].ID}}
	flood := annot.Gap{Meta: annot.NewMeta("О. Сарангэрэл", now), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open, Notes: "Хаврын үер",
		Geometry: annot.NewArea([]orb.Point{{106.902, 47.891}, {106.906, 47.891}, {106.906, 47.894}}), Photos: []string{phs[2].ID, phs[3].ID}}
	p, err := store.Open(project)
	must(t, err)
	defer p.Close()
	must(t, p.ApplyWithPhotos(phs, []annot.Change{{NewPoint: &pt}, {NewPoint: &unnamed}, {NewGap: &dark}, {NewGap: &flood}}))
	s, err := p.Load()
	must(t, err)
	data := map[string][]byte{}
	for _, ph := range phs {
		data[ph.ID] = ph.Data
	}
	return project, s, data
}

// TestExportImportRoundTrip: the round trip. A project with
// photos on a service point, a gap point and a gap area, exported as the
// offices' Shapefile zip and as a KMZ, imported into a new project: the
// same annotations, attributes and photo bytes; imported again, nothing
// changes. GDAL reads every exported layer with the same counts and the
// Cyrillic intact.
func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	project, want, photos := photoProject(t, dir)
	for _, ext := range []string{"zip", "kmz"} {
		t.Run(ext, func(t *testing.T) {
			file := filepath.Join(dir, "office."+ext)
			var out, errOut bytes.Buffer
			if code := runExport([]string{"-project", project, "-o", file}, &out, &errOut); code != 0 {
				t.Fatalf("export: exit %d: %s", code, errOut.String())
			}
			dst := filepath.Join(t.TempDir(), "шинэ.gpkg")
			for round, said := range []string{"service points: 2 added, 0 updated, 0 unchanged; gaps: 2 added, 0 updated, 0 unchanged",
				"service points: 0 added, 0 updated, 2 unchanged; gaps: 0 added, 0 updated, 2 unchanged"} {
				out.Reset()
				if code := runImport([]string{"-project", dst, file}, &out, &errOut); code != 0 || !strings.Contains(out.String(), said) {
					t.Fatalf("import %d: exit %d, %q %s", round+1, code, out.String(), errOut.String())
				}
			}
			compareProjects(t, dst, want, photos)
			out.Reset()
			if code := runCheck([]string{file}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "format:     "+map[string]string{"zip": "Shapefile", "kmz": "KMZ"}[ext]) {
				t.Errorf("check: exit %d\n%s", code, out.String())
			}
			ogrCounts(t, file, ext)
		})
	}
}

// compareProjects checks the project at path holds what want does, with
// the same photo bytes.
func compareProjects(t *testing.T, path string, want *annot.Set, photos map[string][]byte) {
	p, err := store.Open(path)
	must(t, err)
	defer p.Close()
	got, err := p.Load()
	must(t, err)
	if len(got.Points) != len(want.Points) || len(got.Gaps) != len(want.Gaps) {
		t.Fatalf("%d points and %d gaps, want %d and %d", len(got.Points), len(got.Gaps), len(want.Points), len(want.Gaps))
	}
	var ids []string
	for _, w := range want.Points {
		g, ok := got.Point(w.ID)
		if !ok || g.Content() != w.Content() || !g.Created.Equal(w.Created) || g.Author != w.Author {
			t.Errorf("point %s came back as %+v", w.Name, g)
		}
		ids = append(ids, g.Photos...)
	}
	for _, w := range want.Gaps {
		g, ok := got.Gap(w.ID)
		if !ok || g.Content() != w.Content() || !g.Created.Equal(w.Created) || g.Author != w.Author {
			t.Errorf("gap %s came back as %+v", w.Kind, g)
		}
		ids = append(ids, g.Photos...)
	}
	if len(ids) != len(photos) {
		t.Errorf("%d photos on the annotations, want %d", len(ids), len(photos))
	}
	for _, id := range ids {
		if ph, err := p.Photo(id); err != nil || !bytes.Equal(ph.Data, photos[id]) {
			t.Errorf("photo %s: %v", id, err)
		}
	}
}

// ogrCounts: GDAL reads the export's layers, a feature per annotation,
// with the Cyrillic intact.
func ogrCounts(t *testing.T, file, ext string) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	src := file
	if ext == "zip" {
		src = "/vsizip/" + file
	}
	out, err := exec.Command("ogrinfo", "-ro", "-al", src).CombinedOutput()
	s := string(out)
	if err != nil || strings.Contains(s, "ERROR") {
		t.Fatalf("ogrinfo: %v\n%s", err, s)
	}
	// the zip: two service points, a gap point, a gap area; the KMZ: a
	// folder of service points and one of gaps
	layers := map[string][]string{"zip": {"2", "1", "1"}, "kmz": {"2", "2"}}[ext]
	if got := regexp.MustCompile(`Feature Count: (\d+)`).FindAllStringSubmatch(s, -1); len(got) != len(layers) {
		t.Errorf("%d layers, want %d:\n%s", len(got), len(layers), s)
	} else {
		for i, m := range got {
			if m[1] != layers[i] {
				t.Errorf("layer %d: %s features, want %s", i+1, m[1], layers[i])
			}
		}
	}
	if n := strings.Count(s, "OGRFeature("); n != 4 {
		t.Errorf("GDAL read %d features, want 4", n)
	}
	for _, w := range []string{"Ус түгээх 3-р байр", "Хүүхдүүд 2 км алхдаг", "Хаврын үер"} {
		if !strings.Contains(s, w) {
			t.Errorf("GDAL lost %q", w)
		}
	}
}
