package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `check` of a project checks the project, its boundary layers and its
// annotations, without writing to it; a damaged one is named in one line;
// `import` of points alone says "no boundary layers", without brackets.
func TestCheckProject(t *testing.T) {
	project := filepath.Join(t.TempDir(), "base.gpkg")
	var out, errOut bytes.Buffer
	khoroo := writeFile(t, "khoroo.geojson", goodGeoJSON)
	if code := runImport([]string{"-project", project, khoroo}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	out.Reset()
	points := writeFile(t, "points.geojson", pointsGeoJSON)
	if code := runImport([]string{"-project", project, points}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	if got := out.String(); !strings.HasPrefix(got, project+": no boundary layers; service points: 2 added") || strings.Contains(got, "[]") {
		t.Errorf("import said %q", got)
	}
	before, _ := os.ReadFile(project)
	out.Reset()
	if code := runCheck([]string{project}, &out, &errOut); code != 0 {
		t.Fatalf("check: exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"format:     GeoPackage", "kind:       project", "layer:      boundary_khoroo: 1 polygons (khoroo)", "annotations: 2 service points, 0 gap points, 0 gap areas; 21 categories"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("check said %s, not %q", out.String(), want)
		}
	}
	if after, _ := os.ReadFile(project); !bytes.Equal(before, after) {
		t.Error("check changed the project")
	}
	damaged := writeFile(t, "damaged.gpkg", "SQLite format 3\x00"+strings.Repeat("\xff", 4000))
	errOut.Reset()
	if code := runCheck([]string{damaged}, &out, &errOut); code != 1 || errOut.String() != "khoroomap: store: "+damaged+": file is not a database (26)\n" {
		t.Errorf("exit %d: %q", code, errOut.String())
	}
}
