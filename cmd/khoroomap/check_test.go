package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const goodGeoJSON = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Өлзийт"},` +
	`"geometry":{"type":"Polygon","coordinates":[[[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.9,47.89]]]}}]}`

func TestCheckText(t *testing.T) {
	good := writeFile(t, "good.geojson", goodGeoJSON)
	var out, errOut bytes.Buffer
	if code := runCheck([]string{good}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	for _, want := range []string{"format:     GeoJSON", "kind:       polygons", "features:   1", "name field: name", "names:      Өлзийт",
		"bbox:       106.9, 47.89 – 106.91, 47.9 (lon/lat)", "crs:        EPSG:4326"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestCheckJSON(t *testing.T) {
	good := writeFile(t, "good.geojson", goodGeoJSON)
	bad := writeFile(t, "photo.geojson", "\x89PNG\r\n\x1a\n")
	var out, errOut bytes.Buffer
	if code := runCheck([]string{"-json", good, bad}, &out, &errOut); code != 1 {
		t.Fatalf("exit %d, want 1 when a file is unusable", code)
	}
	var reports []map[string]any
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out.String())
	}
	if len(reports) != 2 {
		t.Fatalf("got %d reports", len(reports))
	}
	for _, key := range []string{"file", "format", "kind", "features", "name_field", "names", "bbox", "crs", "warnings", "error"} {
		if _, ok := reports[0][key]; !ok {
			t.Errorf("report lacks %q", key)
		}
	}
	if reports[0]["error"] != "" || reports[0]["features"] != 1.0 || reports[0]["kind"] != "polygons" {
		t.Errorf("good file: %v", reports[0])
	}
	if !strings.Contains(reports[1]["error"].(string), "a PNG image") {
		t.Errorf("bad file: %v", reports[1])
	}
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "photo.geojson: a PNG image") {
		t.Errorf("stderr should be one line naming the file: %q", errOut.String())
	}
}

func TestCheckSample(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runCheck(nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"training/khoroo.geojson", "training/services.geojson", "kind:       points", "Сургалтын 1-р хороо"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestCheckUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runCheck([]string{"-bogus"}, &out, &errOut); code != 2 {
		t.Errorf("exit %d for an unknown flag, want 2", code)
	}
	if code := runCheck([]string{"-name", "nosuch", writeFile(t, "a.geojson", goodGeoJSON)}, &out, &errOut); code != 1 {
		t.Errorf("exit %d for a missing name field, want 1", code)
	}
	if !strings.Contains(errOut.String(), `has no property "nosuch"`) {
		t.Errorf("stderr %q", errOut.String())
	}
}
