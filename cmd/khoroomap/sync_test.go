package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office/pgtest"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/store"
)

// TestSyncCommand: the training sample's points reach the office database
// once; the second sync has nothing to do.
func TestSyncCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runSync([]string{"-project", "x.gpkg", "-db", "postgres://h/d", "-area", "СБД/x"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "DISTRICT/NUMBER") {
		t.Errorf("sync -area СБД/x: exit %d, %q; want 2 naming the form", code, errb.String())
	}
	db := pgtest.DB(t)
	if code := runDBInit([]string{"-db", db}, &out, &errb); code != 0 {
		t.Fatalf("db-init: %s", errb.String())
	}
	dir := t.TempDir()
	sample, project := filepath.Join(dir, "sample.geojson"), filepath.Join(dir, "p.gpkg")
	if code := runExport([]string{"-o", sample}, &out, &errb); code != 0 {
		t.Fatalf("export: %s", errb.String())
	}
	if code := runImport([]string{"-project", project, "-as", "points", sample}, &out, &errb); code != 0 {
		t.Fatalf("import: %s", errb.String())
	}
	khoroos := filepath.Join(dir, "khoroos.geojson")
	if err := os.WriteFile(khoroos, []byte(twoKhoroos), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := runImport([]string{"-project", project, "-as", "khoroo", khoroos}, &out, &errb); code != 0 {
		t.Fatalf("import: %s", errb.String())
	}
	remember(t, project)
	for i, want := range [][]string{
		{"36 pushed, 0 pulled", "phone form mappings: 1 sent, 0 received\n", "photos: 0 sent (0 KB), 0 received (0 KB)\n", "boundaries: 2 khoroo and district rows written\n",
			"boundaries left out: feature 2 (\"Хороо\"): no district and number"},
		{"0 pushed, 0 pulled", "boundaries left out: feature 2"},
	} {
		out.Reset()
		code := runSync([]string{"-project", project, "-db", db, "-area", "СБД/6"}, &out, &errb)
		for _, w := range want {
			if code != 0 || !strings.Contains(out.String(), w) {
				t.Errorf("sync %d: exit %d, %q (stderr %q); want %q", i+1, code, out.String(), errb.String(), w)
			}
		}
		if i == 1 && strings.Contains(out.String(), "phone form mappings") {
			t.Errorf("the second sync moved mappings: %q", out.String())
		}
	}
}

// remember keeps a phone form's column mapping in the project at path.
func remember(t *testing.T, path string) {
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if err := phoneform.Remember(p, "form:wells", phoneform.Mapping{Lat: "lat", Lon: "lon"}); err != nil {
		t.Fatal(err)
	}
}

// twoKhoroos is СБД 6 the city's way, and a khoroo without a key.
const twoKhoroos = `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"СБД_06"},"geometry":{"type":"Polygon","coordinates":[[[106.90,47.90],[106.91,47.90],[106.91,47.91],[106.90,47.91],[106.90,47.90]]]}},
{"type":"Feature","properties":{"name":"Хороо"},"geometry":{"type":"Polygon","coordinates":[[[106.92,47.90],[106.93,47.90],[106.93,47.91],[106.92,47.90]]]}}]}`
