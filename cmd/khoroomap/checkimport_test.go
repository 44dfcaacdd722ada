package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/store"
)

// check and import agree on every file: the boundary layers (with their
// roles), service points and gaps `check -json` says an import makes of
// each file's layers are those `import` puts in a new project: an
// export's zip, KMZ, KML, GeoJSON and CSV, an office's Shapefile zip, a
// KML with points beside its areas, a GPX walk, a plain boundary file.
func TestCheckAndImportAgree(t *testing.T) {
	dir := t.TempDir()
	project, _, _ := photoProject(t, dir)
	files := []string{officeZip(t), writeFile(t, "khoroo.geojson", goodGeoJSON),
		writeFile(t, "arcgis.kml", `<kml><Document><name>Хороод</name><Placemark><name>1-р хороо</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.9,47.9 106.91,47.9 106.91,47.91 106.9,47.9</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`+
			`<Placemark><name>12-р сургууль</name><Point><coordinates>106.905,47.905,1350</coordinates></Point></Placemark></Document></kml>`),
		writeFile(t, "walk.gpx", `<gpx version="1.1" creator="t"><wpt lat="47.9" lon="106.9"><name>Худаг</name></wpt><trk><trkseg><trkpt lat="47.9" lon="106.9"/><trkpt lat="47.91" lon="106.91"/></trkseg></trk></gpx>`)}
	for _, ext := range []string{"zip", "kmz", "kml", "geojson", "csv"} {
		out := filepath.Join(dir, "export."+ext)
		var o, e bytes.Buffer
		if code := runExport([]string{"-project", project, "-o", out}, &o, &e); code != 0 {
			t.Fatalf("export %s: exit %d: %s", ext, code, e.String())
		}
		files = append(files, out)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, got := checkSays(t, f), importMakes(t, f)
			if want != got {
				t.Errorf("check says an import makes\n  %s\nimport made\n  %s", want, got)
			}
		})
	}
}

// checkSays is what `check -json` says an import makes of file: its
// layers' roles sorted, service points, gaps.
func checkSays(t *testing.T, file string) string {
	var out, errOut bytes.Buffer
	if code := runCheck([]string{"-json", file}, &out, &errOut); code != 0 {
		t.Fatalf("check: exit %d: %s", code, errOut.String())
	}
	var reports []checkReport
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil || len(reports) != 1 {
		t.Fatalf("check -json: %v: %s", err, out.String())
	}
	var layers []string
	var points, gaps int
	for _, l := range reports[0].Layers {
		switch l.Role {
		case "boundary":
			layers = append(layers, l.Boundary)
		case "lines":
			layers = append(layers, "other")
		case "service_points":
			points += l.Features
		case "gap_points", "gap_areas":
			gaps += l.Features
		}
	}
	return made(layers, points, gaps)
}

// importMakes is what `import` puts of file into a new project.
func importMakes(t *testing.T, file string) string {
	path := filepath.Join(t.TempDir(), "p.gpkg")
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", path, file}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	p, err := store.Open(path)
	must(t, err)
	defer p.Close()
	ls, err := p.Layers()
	must(t, err)
	var layers []string
	for _, l := range ls {
		layers = append(layers, l.Role.String())
	}
	s, err := p.Load()
	must(t, err)
	return made(layers, len(s.Points), len(s.Gaps))
}

// made writes what an import makes in one line.
func made(layers []string, points, gaps int) string {
	slices.Sort(layers)
	return fmt.Sprintf("layers [%s], %d service points, %d gaps", strings.Join(layers, " "), points, gaps)
}
