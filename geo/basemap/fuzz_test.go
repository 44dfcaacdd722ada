package basemap

import (
	"bytes"
	"database/sql"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// smallTiles is a few tiny tiles over UB at zoom 13: PNG (partly and
// mostly transparent), JPEG, WebP, and broken ones.
func smallTiles(t testing.TB) []rawTile {
	img := image.NewNRGBA(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.NRGBA{200, 100, 0, 255})
	var p, j, clear bytes.Buffer
	jpeg.Encode(&j, img, nil)
	png.Encode(&clear, img)
	img.Set(0, 0, color.NRGBA{0, 0, 200, 255})
	png.Encode(&p, img)
	cx, cy := tileAt(ub, 13)
	row := (1 << 13) - 1 - cy
	return []rawTile{
		{13, cx, row, p.Bytes()}, {13, cx + 1, row, j.Bytes()}, {13, cx, row - 1, webpClaiming(4, 4)},
		{13, cx + 1, row - 1, []byte{}}, {13, cx - 1, row, nil}, {12, cx / 2, row / 2, p.Bytes()}, {13, cx - 1, row - 1, clear.Bytes()},
	}
}

// smallMBTiles makes an MBTiles file of small pages holding smallTiles,
// and returns its bytes: a seed for fuzzing.
func smallMBTiles(t testing.TB) []byte {
	path := filepath.Join(t.TempDir(), "seed.mbtiles")
	rawMBTiles(t, path, map[string]string{"minzoom": "12", "maxzoom": "13", "format": "png", "bounds": "106.8,47.8,107.0,48.0"}, smallTiles(t))
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath())
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	for _, s := range []string{`PRAGMA page_size = 512`, `VACUUM`} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzMBTiles opens mutated MBTiles files, reads every tile they hold and
// draws them at every zoom: nothing may panic, hang or allocate without
// bound, and every error is one line.
func FuzzMBTiles(f *testing.F) {
	f.Add(smallMBTiles(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		// a folder of its own: SQLite's -wal and -shm files of one input
		// must not meet the next
		path := filepath.Join(t.TempDir(), "fuzz.mbtiles")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		src, err := OpenMBTiles(path)
		if err != nil {
			oneLine(t, err)
			return
		}
		defer src.Close()
		readEvery(t, src)
		if err := drawAll(t, src); err != nil {
			oneLine(t, err)
		}
	})
}

// readEvery reads the first hundred tiles the file lists, wherever they
// are stored.
func readEvery(t *testing.T, src *MBTiles) {
	rows, err := src.db.Query(`SELECT zoom_level, tile_column, tile_row FROM tiles LIMIT 100`)
	if err != nil {
		return
	}
	var keys []Key
	for rows.Next() {
		var z, x, row int
		if rows.Scan(&z, &x, &row) == nil && z >= 0 && z < 62 {
			keys = append(keys, Key{z, x, (1 << z) - 1 - row})
		}
	}
	rows.Close()
	c := NewCache(8)
	for _, k := range keys {
		if _, err := Read(src, c, k); err != nil {
			oneLine(t, err)
		}
	}
}

func oneLine(t *testing.T, err error) {
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("a multi-line error: %q", err)
	}
}
