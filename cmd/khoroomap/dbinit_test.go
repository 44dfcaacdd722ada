package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/office/pgtest"
)

func TestDBInit(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runDBInit(nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), "usage") {
		t.Errorf("db-init without -db: exit %d, %q; want 2 and the usage", code, errb.String())
	}
	t.Setenv("KHOROOMAP_DB", "")
	url := pgtest.DB(t)
	orphan := func() {
		conn, err := office.Connect(context.Background(), url)
		must(t, err)
		defer conn.Close(context.Background())
		_, err = conn.Exec(context.Background(), `INSERT INTO photos (sha256, data, mime, size, pushed_at)
			VALUES (encode(sha256('\xffd8'::bytea), 'hex'), '\xffd8', 'image/jpeg', 2, now() - interval '2 days')`)
		must(t, err)
	}
	for i, want := range []string{"applied schema version(s) [1 2 3 4 5 6 7 8 9]\nphotos: 0 linked to no annotation for over a day removed (0 KB)\n",
		"the schema is up to date\nphotos: 1 linked to no annotation for over a day removed (1 KB)\n"} {
		out.Reset()
		if code := runDBInit([]string{"-db", url}, &out, &errb); code != 0 || !strings.HasSuffix(out.String(), want) {
			t.Errorf("db-init run %d: exit %d, %q (stderr %q); want %q", i+1, code, out.String(), errb.String(), want)
		}
		if i == 0 {
			orphan() // a photo a cancelled sync sent two days ago
		}
	}
}

// TestDBInitBoundaries: -boundaries loads a file's khoroos by key and
// names the feature it leaves out.
func TestDBInitBoundaries(t *testing.T) {
	url := pgtest.DB(t)
	path := filepath.Join(t.TempDir(), "khoroos.geojson")
	err := os.WriteFile(path, []byte(`{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"ХУД_11"},"geometry":{"type":"Polygon","coordinates":[[[106.90,47.90],[106.91,47.90],[106.91,47.91],[106.90,47.90]]]}},
{"type":"Feature","properties":{"name":"Шинэ"},"geometry":{"type":"Polygon","coordinates":[[[106.92,47.90],[106.93,47.90],[106.93,47.91],[106.92,47.90]]]}}]}`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := runDBInit([]string{"-db", url, "-boundaries", path}, &out, &errb); code != 0 ||
		!strings.Contains(out.String(), "1 khoroos loaded") || !strings.Contains(errb.String(), `"Шинэ"`) {
		t.Errorf("db-init -boundaries: exit %d, %q, stderr %q", code, out.String(), errb.String())
	}
	if code := runDBInit([]string{"-db", url, "-boundaries", path + ".missing"}, &out, &errb); code != 1 {
		t.Errorf("db-init with a missing boundary file: exit %d, want 1", code)
	}
}
