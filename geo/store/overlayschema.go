package store

import (
	"database/sql"
	"fmt"
)

// tableOverlays holds the field sheets read back from photos: each row
// is one rectified sheet, a PNG in EPSG:3857 whose footprint (its map
// corners, west-south-east-north) is the row's geometry.
const tableOverlays = "sheet_overlays"

const overlayColumns = `uuid TEXT NOT NULL UNIQUE, page TEXT NOT NULL, source TEXT, image BLOB NOT NULL,
	width INTEGER NOT NULL, height INTEGER NOT NULL, opacity REAL NOT NULL, added DATETIME`

// createOverlayTable adds the overlay table, indexed and registered like
// the annotation tables.
func createOverlayTable(tx *sql.Tx) error {
	return createFeatureTable(tx, tableOverlays, "POLYGON", "Field sheets read back", overlayColumns)
}

// addOverlayTable gives a project made before field sheets its overlay
// table.
func (p *Project) addOverlayTable() error {
	var n int
	if err := p.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, tableOverlays).Scan(&n); err != nil {
		return fmt.Errorf("store: %s: %w", p.path, err)
	}
	if n > 0 {
		return nil
	}
	return p.tx(func(tx *sql.Tx) error {
		if err := createOverlayTable(tx); err != nil {
			return fmt.Errorf("%w (in %s)", err, p.path)
		}
		return nil
	})
}

// checkOverlayTable checks the overlay table when the file has one (a
// project made before field sheets, or another program's GeoPackage, has
// none): a table with the columns this program writes. It reports
// whether the table is there, so its R-tree triggers are allowed.
func (p *Project) checkOverlayTable(q querier, s schema) (bool, error) {
	o, ok := s[tableOverlays]
	if !ok {
		return false, nil
	}
	if o.kind != "table" {
		return false, p.notTable(tableOverlays, o.kind)
	}
	ref, err := referenceColumns()
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return true, p.checkColumns(q, tableOverlays, ref[tableOverlays])
}
