package main

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office/pgtest"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// TestSyncLeavesBadPhotoBehind: a kiosk's photo that another program
// stored as a GIF does not stop the sync: the kiosk goes, and one line
// names the photo, the kiosk and why it stayed on the laptop.
func TestSyncLeavesBadPhotoBehind(t *testing.T) {
	db := pgtest.DB(t)
	var out, errb bytes.Buffer
	if code := runDBInit([]string{"-db", db}, &out, &errb); code != 0 {
		t.Fatalf("db-init: %s", errb.String())
	}
	dir := t.TempDir()
	dcim := filepath.Join(dir, "DCIM")
	os.MkdirAll(dcim, 0o755)
	os.WriteFile(filepath.Join(dcim, "IMG_1.jpg"), phototest.JPEG(phototest.Quadrants(60, 40), phototest.Tags{GPS: true, Lat: 47.894, Lon: 106.907}), 0o644)
	project := filepath.Join(dir, "p.gpkg")
	if code := runImport([]string{"-project", project, "-category", "water_kiosk", "-author", "Б", dcim}, &out, &errb); code != 0 {
		t.Fatalf("import: %s", errb.String())
	}
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
