package basemap

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
)

// WriteMBTiles writes tiles (PNG, JPEG or WebP bytes, by XYZ address) as
// an MBTiles file, rows flipped to TMS as the format wants, with the
// metadata given: for tests, and for trainers who cut a basemap from tiles
// they have.
func WriteMBTiles(path string, meta map[string]string, tiles map[Key][]byte) error {
	os.Remove(path)
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath())
	if err != nil {
		return err
	}
	defer db.Close()
	for _, s := range []string{
		`CREATE TABLE metadata (name TEXT, value TEXT)`,
		`CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)`,
		`CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)`,
	} {
		if _, err := db.Exec(s); err != nil {
			return fmt.Errorf("basemap: writing %s: %w", path, err)
		}
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	for k, v := range meta {
		tx.Exec(`INSERT INTO metadata VALUES (?, ?)`, k, v)
	}
	for k, data := range tiles {
		if _, err := tx.Exec(`INSERT INTO tiles VALUES (?, ?, ?, ?)`, k.Z, k.X, (1<<k.Z)-1-k.Y, data); err != nil {
			tx.Rollback()
			return fmt.Errorf("basemap: writing %s: %w", path, err)
		}
	}
	return tx.Commit()
}
