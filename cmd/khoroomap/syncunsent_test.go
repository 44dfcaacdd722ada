package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/office/pgtest"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/store"
)

// TestSyncLeavesBadPhotoBehind: a kiosk's photo that another program
// stored as a GIF does not stop the sync: the kiosk goes, and one line
// names the photo, the kiosk and why it stayed on the laptop.
func TestSyncLeavesBadPhotoBehind(t *testing.T) {
	db, project := kioskWithPhoto(t)
	var out, errb bytes.Buffer
	other, err := sql.Open("sqlite", project)
	must(t, err)
	_, err = other.Exec(`UPDATE media SET content_type = 'image/gif'`)
	must(t, err)
	other.Close()
	out.Reset()
	code := runSync([]string{"-project", project, "-db", db}, &out, &errb)
	lines := strings.Split(out.String(), "\n")
	if code != 0 || !strings.Contains(out.String(), "1 pushed") || len(lines) < 3 || !strings.HasPrefix(lines[2], `  photo IMG_1.jpg (`) ||
		!strings.Contains(lines[2], `of "water_kiosk"`) || !strings.HasSuffix(lines[2], `) not sent, kept on this laptop: wrong type: "image/gif" is not a JPEG or PNG image`) {
		t.Errorf("sync: exit %d, %q (stderr %q); want the kiosk pushed and its photo named as left out", code, out.String(), errb.String())
	}
}

// TestSyncNamesRefusedServerPhoto: the office database links a kiosk to
// a second photo whose data is no image (its hash right). Another
// laptop's sync takes the kiosk with its good photo and names the other
// on one line, as left on the server and why; a second sync names it
// again and pulls nothing.
func TestSyncNamesRefusedServerPhoto(t *testing.T) {
	db, first := kioskWithPhoto(t)
	second := filepath.Join(filepath.Dir(first), "b.gpkg")
	var out, errb bytes.Buffer
	if code := runSync([]string{"-project", first, "-db", db}, &out, &errb); code != 0 {
		t.Fatalf("sync: %s", errb.String())
	}
	conn, err := office.Connect(context.Background(), db)
	must(t, err)
	_, err = conn.Exec(context.Background(), `INSERT INTO photos (sha256, data, mime, size) VALUES (encode(sha256('\x6e6f'::bytea), 'hex'), '\x6e6f', 'image/jpeg', 2);
		INSERT INTO annotation_photos SELECT annotation, 1, encode(sha256('\x6e6f'::bytea), 'hex') FROM annotation_photos`)
	conn.Close(context.Background())
	must(t, err)
	must(t, store.Create(second))
	for i, pulled := range []string{"0 pushed, 1 pulled", "0 pushed, 0 pulled"} {
		out.Reset()
		code := runSync([]string{"-project", second, "-db", db}, &out, &errb)
		lines := strings.Split(out.String(), "\n")
		if code != 0 || !strings.Contains(lines[0], pulled) || len(lines) < 3 || !strings.HasPrefix(lines[2], `  photo (9390298f3fb0…) of "water_kiosk" (`) ||
			!strings.HasSuffix(lines[2], `) not received, left on the server: damaged: not a JPEG or PNG photo (image: unknown format)`) {
			t.Errorf("sync %d: exit %d, %q (stderr %q); want %s and the photo named as not received", i+1, code, out.String(), errb.String(), pulled)
		}
	}
}

// kioskWithPhoto makes a test database at the current schema and a
// project holding one water kiosk, made by import from a phone's photo.
func kioskWithPhoto(t *testing.T) (db, project string) {
	t.Helper()
	db = pgtest.DB(t)
	var out, errb bytes.Buffer
	if code := runDBInit([]string{"-db", db}, &out, &errb); code != 0 {
		t.Fatalf("db-init: %s", errb.String())
	}
	dir := t.TempDir()
	dcim := filepath.Join(dir, "DCIM")
	os.MkdirAll(dcim, 0o755)
	os.WriteFile(filepath.Join(dcim, "IMG_1.jpg"), phototest.JPEG(phototest.Quadrants(60, 40), phototest.Tags{GPS: true, Lat: 47.894, Lon: 106.907}), 0o644)
	project = filepath.Join(dir, "p.gpkg")
	if code := runImport([]string{"-project", project, "-category", "water_kiosk", "-author", "Б", dcim}, &out, &errb); code != 0 {
		t.Fatalf("import: %s", errb.String())
	}
	return db, project
}
