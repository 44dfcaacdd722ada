package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// placeNames are the columns of an annotation's places: the display names
// of its khoroo, kheseg and ger area, the khoroo's key ("sbd:6") and its
// district. placeSet assigns them all.
const (
	placeNames = `khoroo, kheseg, ger_area, khoroo_key, district`
	placeSet   = `khoroo = ?, kheseg = ?, ger_area = ?, khoroo_key = ?, district = ?`
)

// placeValues are the values of placeNames.
func placeValues(pl annot.Places) []any {
	return []any{null(pl.Khoroo), null(pl.Kheseg), null(pl.GerArea), null(pl.KhorooKey), null(pl.District)}
}

// annotationTables are the tables that carry places.
var annotationTables = []string{tablePoints, tableGapPoints, tableGapAreas}

// upgradePlaces adds the khoroo key and district columns to a project
// written before khoroos were known by district, then assigns every
// annotation's places again from the boundary layers. It reports whether
// it changed anything.
func (p *Project) upgradePlaces() (bool, error) {
	var missing []string
	for _, table := range annotationTables {
		var n int
		if err := p.db.QueryRow(`SELECT count(*) FROM pragma_table_info(?) WHERE name = 'khoroo_key'`, table).Scan(&n); err != nil {
			return false, fmt.Errorf("store: %s: %w", p.path, err)
		}
		if n == 0 {
			missing = append(missing, table)
		}
	}
	if len(missing) == 0 {
		return false, nil
	}
	err := p.tx(func(tx *sql.Tx) error {
		for _, table := range missing {
			for _, col := range []string{"khoroo_key", "district"} {
				if _, err := tx.Exec(`ALTER TABLE ` + quote(table) + ` ADD COLUMN ` + quote(col) + ` TEXT`); err != nil {
					return fmt.Errorf("store: adding %s to %s: %w", col, table, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store: %s: upgrading the places of %s: %w", p.path, strings.Join(missing, ", "), err)
	}
	return true, p.RefreshPlaces()
}
