package store

import (
	"database/sql"
	"fmt"

	"github.com/khoroomap/khoroomap/geo/streets"
)

// tableStreets is the feature table holding a prepared street map.
const tableStreets = "osm_streets"

// PutStreets stores a prepared street map in the project, replacing any
// earlier one, in one transaction: a GeoPackage feature table (osm_id:
// negative for multipolygon relations, as osm2pgsql writes them;
// class, name, name_mn, name_en, housenumber, geometry) that GDAL and
// QGIS open as a layer. source is the extract's file name, kept in the
// table's description.
func (p *Project) PutStreets(s *streets.Set, source string) error {
	err := p.tx(func(tx *sql.Tx) error {
		if err := dropStreets(tx); err != nil {
			return err
		}
		// indexed once filled: a trigger a row would triple the time
		if err := createUnindexedTable(tx, tableStreets, "GEOMETRY", "OpenStreetMap streets",
			`osm_id INTEGER, class TEXT NOT NULL, name TEXT, name_mn TEXT, name_en TEXT, housenumber TEXT`); err != nil {
			return err
		}
		fids, err := insertStreets(tx, s)
		if err != nil {
			return err
		}
		if err := newRTree(tx, tableStreets, false); err != nil {
			return err
		}
		if err := putRTree(tx, s, fids); err != nil {
			return err
		}
		b := s.Bound
		_, err = tx.Exec(`UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, description = ? WHERE table_name = ?`,
			b.Min[0], b.Min[1], b.Max[0], b.Max[1], "OpenStreetMap data from "+source+"; "+streets.Attribution, tableStreets)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: %s: keeping the street map: %w", p.path, err)
	}
	return nil
}

// dropStreets removes the street map table, its R-tree and its
// registration.
func dropStreets(tx *sql.Tx) error {
	if err := dropRTree(tx, tableStreets); err != nil {
		return err
	}
	for _, q := range []string{
		`DELETE FROM gpkg_geometry_columns WHERE table_name = '` + tableStreets + `'`,
		`DELETE FROM gpkg_contents WHERE table_name = '` + tableStreets + `'`,
		`DROP TABLE IF EXISTS ` + tableStreets,
	} {
		if _, err := tx.Exec(q); err != nil {
			return err
		}
	}
	return nil
}

// insertStreets writes the features and returns the row id of each.
func insertStreets(tx *sql.Tx, s *streets.Set) ([]int64, error) {
	st, err := tx.Prepare(`INSERT INTO ` + tableStreets + ` (geom, osm_id, class, name, name_mn, name_en, housenumber) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	fids := make([]int64, len(s.Features))
	for i := range s.Features {
		f := &s.Features[i]
		geom, err := encodeGeometry(f.Geometry)
		if err != nil {
			return nil, fmt.Errorf("OpenStreetMap element %d: %w", f.ID, err)
		}
		res, err := st.Exec(geom, f.ID, f.Class.String(), null(f.Name), null(f.NameMN), null(f.NameEN), null(f.Number))
		if err != nil {
			return nil, fmt.Errorf("OpenStreetMap element %d: %w", f.ID, err)
		}
		if fids[i], err = res.LastInsertId(); err != nil {
			return nil, err
		}
	}
	return fids, nil
}

// putRTree fills the street map's R-tree with each feature's box, known
// already (the SQL functions would decode every geometry again).
func putRTree(tx *sql.Tx, s *streets.Set, fids []int64) error {
	st, err := tx.Prepare(`INSERT INTO ` + quote(rtreeName(tableStreets)) + ` VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for i := range s.Features {
		b := s.Features[i].Geometry.Bound()
		if _, err := st.Exec(fids[i], b.Min[0], b.Max[0], b.Min[1], b.Max[1]); err != nil {
			return fmt.Errorf("store: indexing %s: %w", tableStreets, err)
		}
	}
	return nil
}

// Streets reads the project's street map, or nil when it has none. Rows
// of an unknown class or without a geometry are skipped; a geometry that
// cannot be read is an error naming its row.
func (p *Project) Streets() (*streets.Set, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var n int
	if err := p.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, tableStreets).Scan(&n); err != nil || n == 0 {
		return nil, err
	}
	rows, err := p.db.Query(`SELECT fid, geom, osm_id, class, name, name_mn, name_en, housenumber FROM ` + tableStreets + ` ORDER BY fid`)
	if err != nil {
		return nil, fmt.Errorf("store: %s: reading the street map: %w", p.path, err)
	}
	defer rows.Close()
	var fs []streets.Feature
	for rows.Next() {
		var fid int64
		var blob []byte
		var id sql.NullInt64
		var class string
		var name, mn, en, num sql.NullString
		if err := rows.Scan(&fid, &blob, &id, &class, &name, &mn, &en, &num); err != nil {
			return nil, fmt.Errorf("store: %s: reading the street map: %w", p.path, err)
		}
		g, err := decodeGeometry(blob)
		if err != nil {
			return nil, fmt.Errorf("store: %s: street map row %d: %w", p.path, fid, err)
		}
		c := streets.ParseClass(class)
		if g == nil || c == streets.Unknown {
			continue
		}
		fs = append(fs, streets.Feature{ID: id.Int64, Class: c, Name: name.String, NameMN: mn.String, NameEN: en.String, Number: num.String, Geometry: g})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: reading the street map: %w", p.path, err)
	}
	return streets.NewSet(fs), nil
}
