package store

import (
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// initSchema makes an empty database a project: the GeoPackage header and
// core tables, the project's tables and the default categories.
func (p *Project) initSchema() error {
	for _, s := range []string{
		fmt.Sprintf("PRAGMA application_id = %d", gpkgApplicationID),
		fmt.Sprintf("PRAGMA user_version = %d", gpkgUserVersion),
	} {
		if _, err := p.db.Exec(s); err != nil {
			return err
		}
	}
	return p.tx(func(tx *sql.Tx) error {
		for _, s := range coreSchema {
			if _, err := tx.Exec(s); err != nil {
				return fmt.Errorf("store: creating the GeoPackage tables: %w", err)
			}
		}
		return createProjectTables(tx)
	})
}

// upgrade adds the project's tables to a GeoPackage that lacks them (one
// made by QGIS or GDAL, or by an older version of this program).
func (p *Project) upgrade() error {
	var n int
	if err := p.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, tableCategories).Scan(&n); err != nil {
		return fmt.Errorf("store: %s: %w", p.path, err)
	}
	if n == 0 {
		if err := p.tx(createProjectTables); err != nil {
			return err
		}
	}
	if err := p.upgradeColumns(); err != nil {
		return err
	}
	if _, err := p.upgradePlaces(); err != nil {
		return err
	}
	return p.addNewDefaults()
}

// upgradeColumns adds the columns added since the first projects were
// written.
func (p *Project) upgradeColumns() error {
	var has int
	if err := p.db.QueryRow(`SELECT count(*) FROM pragma_table_info('layers') WHERE name = 'attribution'`).Scan(&has); err != nil {
		return fmt.Errorf("store: %s: %w", p.path, err)
	}
	if has == 0 {
		if _, err := p.db.Exec(`ALTER TABLE layers ADD COLUMN attribution TEXT`); err != nil {
			return fmt.Errorf("store: %s: upgrading: %w", p.path, err)
		}
	}
	if err := p.addMediaTables(); err != nil {
		return err
	}
	if err := p.addOverlayTable(); err != nil {
		return err
	}
	return p.indexOlderTables()
}

// indexOlderTables gives the feature tables of a project written before
// R-tree indexes their index. It reads and writes in one transaction, so
// another program adding a layer meanwhile is seen whole or not at all.
func (p *Project) indexOlderTables() error {
	return p.tx(func(tx *sql.Tx) error {
		s, err := readSchema(tx)
		if err != nil {
			return fmt.Errorf("store: %s: %w", p.path, err)
		}
		tables, err := p.checkLayerTables(tx, s)
		if err != nil {
			return err
		}
		for _, t := range append(tables, tablePoints, tableGapPoints, tableGapAreas, tableOverlays) {
			if _, ok := s[strings.ToLower(rtreeName(t))]; ok {
				continue
			}
			if err := createRTree(tx, t); err != nil {
				return err
			}
		}
		return nil
	})
}

func createProjectTables(tx *sql.Tx) error {
	for _, t := range featureTables {
		if err := createFeatureTable(tx, t.name, t.geom, t.identifier, t.columns); err != nil {
			return err
		}
	}
	for _, t := range attributeTables {
		if _, err := tx.Exec(`CREATE TABLE IF NOT EXISTS ` + quote(t.name) + ` (fid INTEGER PRIMARY KEY AUTOINCREMENT, ` + t.columns + `)`); err != nil {
			return fmt.Errorf("store: creating %s: %w", t.name, err)
		}
		if _, err := tx.Exec(`INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) VALUES (?, 'attributes', ?)`, t.name, t.identifier); err != nil {
			return fmt.Errorf("store: registering %s: %w", t.name, err)
		}
	}
	if err := createMediaTables(tx); err != nil {
		return err
	}
	if err := createOverlayTable(tx); err != nil {
		return err
	}
	now := time.Now()
	for i, c := range annot.DefaultCategories() {
		c.Modified = now
		if err := putCategory(tx, c, i); err != nil {
			return err
		}
	}
	return markDefaults(tx)
}

// createFeatureTable makes a feature table, registers it in the
// GeoPackage's contents and geometry columns, and indexes it.
func createFeatureTable(tx *sql.Tx, name, geom, identifier, columns string) error {
	if err := createUnindexedTable(tx, name, geom, identifier, columns); err != nil {
		return err
	}
	return createRTree(tx, name)
}

// createUnindexedTable is createFeatureTable without the R-tree, for a
// table filled in bulk and indexed once after (createRTree).
func createUnindexedTable(tx *sql.Tx, name, geom, identifier, columns string) error {
	if _, err := tx.Exec(`CREATE TABLE ` + quote(name) + ` (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom ` + geom + `, ` + columns + `)`); err != nil {
		return fmt.Errorf("store: creating %s: %w", name, err)
	}
	if _, err := tx.Exec(`INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)`, name, identifier, wgs84); err != nil {
		return fmt.Errorf("store: registering %s: %w", name, err)
	}
	if _, err := tx.Exec(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)`, name, geom, wgs84); err != nil {
		return fmt.Errorf("store: registering %s's geometry: %w", name, err)
	}
	return nil
}
