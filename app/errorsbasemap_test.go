package app

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/basemap"
)

// basemapErr is the error of choosing, as the basemap panel does, what
// make puts in dir.
func basemapErr(make func(t *testing.T, dir string) string) func(*testing.T, string) error {
	return func(t *testing.T, dir string) error {
		_, err := basemap.Open(make(t, dir), basemap.OnlineOptions{})
		return err
	}
}

// sqliteFile is an SQLite file in dir made by the statements given.
func sqliteFile(stmts ...string) func(t *testing.T, dir string) string {
	return func(t *testing.T, dir string) string {
		path := filepath.Join(dir, "хот.mbtiles")
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, s := range append([]string{"CREATE TABLE metadata (name TEXT, value TEXT)"}, stmts...) {
			if _, err := db.Exec(s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		return path
	}
}

const tilesTable = "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"

// Basemaps that cannot be drawn are refused in Mongolian.
var basemapErrorCases = []namedErrorCase{
	{errorCase{"a text file named .mbtiles", basemapErr(func(t *testing.T, dir string) string {
		return write(t, dir, "хот.mbtiles", "сайн байна уу, энэ бол газрын зураг биш")
	}), ""}, nil},
	{errorCase{"an SQLite file with no tiles", basemapErr(sqliteFile()), ""}, nil},
	{errorCase{"an MBTiles file with no tiles in it", basemapErr(sqliteFile(tilesTable)), ""}, nil},
	{errorCase{"an MBTiles file of vector tiles", basemapErr(sqliteFile(tilesTable, "INSERT INTO tiles VALUES (0, 0, 0, X'1a00')", "INSERT INTO metadata VALUES ('format', 'pbf'), ('minzoom', '0'), ('maxzoom', '0')")), ""}, nil},
	{errorCase{"tiles only at zoom levels beyond", basemapErr(sqliteFile(tilesTable, "INSERT INTO tiles VALUES (40, 0, 0, X'89504e47')")), ""}, nil},
	{errorCase{"a folder with no zoom folders", basemapErr(func(t *testing.T, dir string) string { return dir }), ""}, nil},
	{errorCase{"a tile folder with no tiles", basemapErr(func(t *testing.T, dir string) string {
		if err := os.MkdirAll(filepath.Join(dir, "12", "3000"), 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}), ""}, nil},
}

// Each refusal of a basemap reads in Mongolian.
func TestBasemapErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, basemapErrorCases)
}
