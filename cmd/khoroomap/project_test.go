package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/training"
)

const pointsGeoJSON = `{"type":"FeatureCollection","features":[` +
	`{"type":"Feature","properties":{"name":"1-р худаг","category":"water_kiosk","status":"broken"},"geometry":{"type":"Point","coordinates":[106.905,47.895]}},` +
	`{"type":"Feature","properties":{"name":"Сургууль","category":"school"},"geometry":{"type":"Point","coordinates":[106.95,47.95]}}]}`

func TestImportExportMerge(t *testing.T) {
	dir := t.TempDir()
	khoroo := writeFile(t, "khoroo.geojson", goodGeoJSON)
	points := writeFile(t, "points.geojson", pointsGeoJSON)
	a := filepath.Join(dir, "a.gpkg")
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", a, khoroo, points}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "1 boundary layer added (") || !strings.Contains(out.String(), "2 added") {
		t.Errorf("import said %q", out.String())
	}

	// a bad file among good ones: refused, the project untouched, and no project created
	before, _ := os.ReadFile(a)
	bad := writeFile(t, "bad.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1]}}]}`)
	out.Reset()
	errOut.Reset()
	if code := runImport([]string{"-project", a, points, bad}, &out, &errOut); code != 1 {
		t.Fatalf("bad import: exit %d", code)
	}
	if msg := errOut.String(); strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "bad.geojson") {
		t.Errorf("the refusal should be one line naming the file: %q", msg)
	}
	if after, _ := os.ReadFile(a); !bytes.Equal(before, after) {
		t.Error("a refused import changed the project")
	}
	fresh := filepath.Join(dir, "fresh.gpkg")
	runImport([]string{"-project", fresh, bad}, &out, &errOut)
	if _, err := os.Stat(fresh); err == nil {
		t.Error("a refused import created a project")
	}

	for _, name := range []string{"out.geojson", "out.csv", "out.kml"} {
		out.Reset()
		errOut.Reset()
		dst := filepath.Join(dir, name)
		if code := runExport([]string{"-project", a, "-o", dst, "-lang", "en"}, &out, &errOut); code != 0 {
			t.Fatalf("export %s: exit %d: %s", name, code, errOut.String())
		}
		b, _ := os.ReadFile(dst)
		if !strings.Contains(string(b), "Сургууль") || !strings.Contains(string(b), "Өлзийт") { // the place comes from the boundary
			t.Errorf("%s lacks the point's name or its khoroo:\n%s", name, b)
		}
	}

	// a second leader's copy: the same well marked again 3 m away (a likely
	// duplicate; the very same point would be an update) and a kindergarten
	b := filepath.Join(dir, "b.gpkg")
	data, _ := os.ReadFile(a)
	os.WriteFile(b, data, 0o644)
	more := writeFile(t, "more.geojson", strings.NewReplacer("Сургууль", "Цэцэрлэг", "106.95,47.95", "106.96,47.96", "106.905,47.895", "106.90503,47.89502").Replace(pointsGeoJSON))
	if code := runImport([]string{"-project", b, "-as", "points", more}, &out, &errOut); code != 0 {
		t.Fatalf("import into b: %s", errOut.String())
	}
	out.Reset()
	merged := filepath.Join(dir, "merged.gpkg")
	if code := runMerge([]string{"-o", merged, a, b}, &out, &errOut); code != 0 {
		t.Fatalf("merge: exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"added: 1", "likely duplicates flagged for review: 1", "Цэцэрлэг"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("merge report lacks %q:\n%s", want, out.String())
		}
	}
	if code := runMerge([]string{"-o", merged, a}, &out, &errOut); code != 2 {
		t.Errorf("merge of one file: exit %d", code)
	}
}

// Printed maps from the command line: a PDF of one kheseg of the training
// sample, a PNG page, an atlas, and an unknown area refused with the
// closest names.
func TestExportMapsAndAtlas(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	pdf := filepath.Join(dir, "3.pdf")
	if code := runExport([]string{"-o", pdf, "-area", "3-р хэсэг", "-landscape"}, &out, &errOut); code != 0 {
		t.Fatalf("export pdf: %d %s", code, errOut.String())
	}
	if b, _ := os.ReadFile(pdf); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Error("not a PDF")
	}
	png := filepath.Join(dir, "page.png")
	if code := runExport([]string{"-o", png, "-lang", "en", "-summary"}, &out, &errOut); code != 0 {
		t.Fatalf("export png: %d %s", code, errOut.String())
	}
	for _, f := range []string{png, filepath.Join(dir, "page-2.png")} {
		if b, _ := os.ReadFile(f); !bytes.HasPrefix(b, []byte("\x89PNG")) {
			t.Errorf("%s is not a PNG", f)
		}
	}
	atlas := filepath.Join(dir, "atlas.pdf")
	out.Reset()
	if code := runAtlas([]string{"-o", atlas, "-by", "kheseg"}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "6 area pages") {
		t.Fatalf("atlas: %d %q %s", code, out.String(), errOut.String())
	}
	errOut.Reset()
	if code := runExport([]string{"-o", filepath.Join(dir, "x.pdf"), "-area", "9-р хэсэг"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "the closest names are") {
		t.Errorf("unknown area: %d %q", code, errOut.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("a refused export left a file")
	}
}

// Coverage from the command line on the training sample: a CSV ranked
// worst first, the uncovered regions as GeoJSON, the summary table, and an
// unknown category refused with the ones there are.
func TestCoverageCommand(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	csvPath := filepath.Join(dir, "water.csv")
	if code := runCoverage([]string{"-category", "water_kiosk", "-by", "kheseg", "-o", csvPath}, &out, &errOut); code != 0 {
		t.Fatalf("coverage: %d %s", code, errOut.String())
	}
	b, _ := os.ReadFile(csvPath)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 7 || !strings.Contains(lines[0], "uncovered_share") {
		t.Fatalf("CSV:\n%s", b)
	}
	share := func(l string) string { return strings.Split(l, ",")[7] }
	if share(lines[1]) < share(lines[6]) {
		t.Errorf("not worst first: %s ... %s", lines[1], lines[6])
	}
	gj := filepath.Join(dir, "kg.geojson")
	if code := runCoverage([]string{"-category", "kindergarten", "-distance", "300", "-o", gj}, &out, &errOut); code != 0 {
		t.Fatalf("geojson: %s", errOut.String())
	}
	if b, _ := os.ReadFile(gj); !bytes.Contains(b, []byte(`"MultiPolygon"`)) || !bytes.Contains(b, []byte(`"distance_m":300`)) {
		t.Errorf("GeoJSON:\n%.300s", b)
	}
	sum := filepath.Join(dir, "summary.csv")
	if code := runCoverage([]string{"-summary", "-by", "kheseg", "-o", sum, "-lang", "en"}, &out, &errOut); code != 0 {
		t.Fatalf("summary: %s", errOut.String())
	}
	if b, _ := os.ReadFile(sum); !bytes.Contains(b, []byte("School: uncovered share beyond 1000 m")) {
		t.Errorf("summary head: %.300s", b)
	}
	errOut.Reset()
	if code := runCoverage([]string{"-category", "wells", "-o", filepath.Join(dir, "x.csv")}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "water_kiosk") {
		t.Errorf("unknown category: %d %q", code, errOut.String())
	}
}

func TestExportWithCoverage(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := runExport([]string{"-o", filepath.Join(dir, "c.pdf"), "-coverage", "school:800", "-summary"}, &out, &errOut); code != 0 {
		t.Fatalf("%d %s", code, errOut.String())
	}
	errOut.Reset()
	if code := runExport([]string{"-o", filepath.Join(dir, "c.pdf"), "-coverage", "school:far"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "metres") {
		t.Errorf("a bad distance: %d %q", code, errOut.String())
	}
}

// -basemap takes an MBTiles file; a bad one is refused in one line.
func TestExportWithBasemap(t *testing.T) {
	dir := t.TempDir()
	mb := filepath.Join(dir, "b.mbtiles")
	if err := basemap.WriteMBTiles(mb, map[string]string{"minzoom": "1", "maxzoom": "1", "format": "png"}, nil); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := runExport([]string{"-o", filepath.Join(dir, "x.png"), "-basemap", mb}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "holds no tiles") {
		t.Errorf("an empty MBTiles: %d %q", code, errOut.String())
	}
	bad := writeFile(t, "photo.mbtiles", "not sqlite")
	errOut.Reset()
	if code := runExport([]string{"-o", filepath.Join(dir, "x.png"), "-basemap", bad}, &out, &errOut); code != 1 || strings.Count(errOut.String(), "\n") != 1 {
		t.Errorf("a bad basemap: %d %q", code, errOut.String())
	}
}

// Broken basemap tiles leave the page made without them, and are said in
// one line, once for a whole atlas.
func TestBrokenBasemapTiles(t *testing.T) {
	dir := t.TempDir()
	mb := filepath.Join(dir, "broken.mbtiles")
	tiles := map[basemap.Key][]byte{}
	for x := range 4 {
		for y := range 4 {
			tiles[basemap.Key{Z: 2, X: x, Y: y}] = []byte("garbage")
		}
	}
	if err := basemap.WriteMBTiles(mb, map[string]string{"minzoom": "2", "maxzoom": "2"}, tiles); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "-o", filepath.Join(dir, "x.png"), "-basemap", mb},
		{"atlas", "-o", filepath.Join(dir, "a.pdf"), "-basemap", mb},
	} {
		var out, errOut bytes.Buffer
		run := map[string]func([]string, io.Writer, io.Writer) int{"export": runExport, "atlas": runAtlas}[args[0]]
		if code := run(args[1:], &out, &errOut); code != 0 {
			t.Fatalf("%s: %d %s", args[0], code, errOut.String())
		}
		if msg := errOut.String(); strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "warning: basemap: "+mb+": the tile 2/") || !strings.Contains(msg, "not a PNG, JPEG or WebP image") {
			t.Errorf("%s said %q, want one line naming the file, the tile and the problem", args[0], msg)
		}
	}
}

// A page's title names its place, never the project's file: "p.gpkg"
// prints "Сургалтын 1-р хороо", in the PDF's metadata too.
func TestExportTitleNotFileName(t *testing.T) {
	dir := t.TempDir()
	project := filepath.Join(dir, "p.gpkg")
	if err := training.Create(project); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "p.pdf")
	var out, errOut bytes.Buffer
	if code := runExport([]string{"-project", project, "-o", pdf}, &out, &errOut); code != 0 {
		t.Fatalf("export: %d %s", code, errOut.String())
	}
	b, _ := os.ReadFile(pdf)
	var title []byte
	for _, r := range "Сургалтын 1-р хороо" {
		title = append(title, byte(r>>8), byte(r))
	}
	if !bytes.Contains(b, title) {
		t.Error("the PDF's title is not the khoroo's name")
	}
}
