package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office/pgtest"
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
	for i, want := range []string{"36 pushed, 0 pulled", "0 pushed, 0 pulled"} {
		out.Reset()
		if code := runSync([]string{"-project", project, "-db", db, "-area", "СБД/6"}, &out, &errb); code != 0 || !strings.Contains(out.String(), want) {
			t.Errorf("sync %d: exit %d, %q (stderr %q); want %q", i+1, code, out.String(), errb.String(), want)
		}
	}
}
