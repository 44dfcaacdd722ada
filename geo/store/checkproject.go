package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
)

// addedLater are columns older projects lack; upgrade adds them.
var addedLater = map[string]bool{tableLayers + ".attribution": true,
	tablePoints + ".khoroo_key": true, tablePoints + ".district": true, // see upgradePlaces
	tableGapPoints + ".khoroo_key": true, tableGapPoints + ".district": true,
	tableGapAreas + ".khoroo_key": true, tableGapAreas + ".district": true,
}

// checkSchema refuses, in one line naming the file and the table, a file
// whose project tables are not what this program writes: a view or a
// missing table, a column missing or of another type, a layer naming a
// table that is not a boundary table, or a trigger this program did not
// make on a table it writes to. It runs before anything is written, in
// one read transaction: another program committing meanwhile (a second
// import into the same project) cannot show it half a change.
func (p *Project) checkSchema() error {
	tx, err := p.db.Begin()
	if err != nil {
		return fmt.Errorf("store: %s: %w", p.path, err)
	}
	defer tx.Rollback()
	// the first read takes the shared lock: from here on nobody can
	// change the file under the checks
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(&n); err != nil {
		return fmt.Errorf("store: %s: %w", p.path, err)
	}
	if err := p.check(tx); err != nil {
		return err
	}
	return p.checkSchemaIn(tx)
}

func (p *Project) checkSchemaIn(q querier) error {
	s, err := readSchema(q)
	if err != nil {
		return fmt.Errorf("store: %s: reading its tables: %w", p.path, err)
	}
	for _, t := range []string{"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns"} {
		if !s.isTable(t) {
			return words.Errorf("store: %s: %w (%s is missing or not a table)", p.path, ErrNotProject, t)
		}
	}
	for _, t := range []string{"gpkg_extensions", "gpkg_ogr_contents", "gpkg_data_columns", "gpkg_data_column_constraints"} {
		if o, ok := s[t]; ok && o.kind != "table" {
			return p.notTable(t, o.kind)
		}
	}
	present, err := p.checkProjectTables(q, s)
	if err != nil {
		return err
	}
	if err := p.checkMediaTables(q, s); err != nil {
		return err
	}
	overlays, err := p.checkOverlayTable(q, s)
	if err != nil {
		return err
	}
	var features []string // none yet in a GeoPackage from another program
	if present {
		if features, err = p.checkLayerTables(q, s); err != nil {
			return err
		}
		features = append(features, projectTables[:3]...)
	}
	if overlays {
		features = append(features, tableOverlays)
	}
	return p.checkTriggers(s, features)
}

// checkProjectTables checks the project's own tables: all there, or none
// (a GeoPackage from another program, which upgrade completes).
func (p *Project) checkProjectTables(q querier, s schema) (present bool, err error) {
	var missing []string
	for _, t := range projectTables {
		if o, ok := s[t]; !ok {
			missing = append(missing, t)
		} else if o.kind != "table" {
			return false, p.notTable(t, o.kind)
		}
	}
	if len(missing) == len(projectTables) {
		return false, nil
	}
	if len(missing) > 0 {
		return false, p.missingTable(missing[0])
	}
	ref, err := referenceColumns()
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	for _, t := range projectTables {
		if err := p.checkColumns(q, t, ref[t]); err != nil {
			return false, err
		}
	}
	return true, nil
}

// checkColumns checks that table has each expected column, of its type.
func (p *Project) checkColumns(q querier, table string, want []column) error {
	got, err := tableColumns(q, table)
	if err != nil {
		return fmt.Errorf("store: %s: reading table %s: %w", p.path, table, err)
	}
	for _, c := range want {
		typ, ok := got[c.name]
		switch {
		case !ok && addedLater[table+"."+c.name]:
		case !ok:
			return p.missingColumn(table, c.name)
		case typ != c.typ:
			return p.columnType(table, c.name, typ, c.typ)
		}
	}
	return nil
}

// reservedPrefixes start the names of tables a layer may not name.
var reservedPrefixes = []string{"gpkg_", "sqlite_", "rtree_"}

// checkLayerTable refuses a layers row whose table is not a boundary
// table of its own: it must be a table, not one of the project's or the
// GeoPackage's, with fid, geom and name columns.
func (p *Project) checkLayerTable(q querier, s schema, table string) error {
	bad := func(why error) error {
		return words.Errorf("store: %s: the layers table names %q, which %s; the file is refused", p.path, table, why)
	}
	if err := plainName(table); err != nil {
		return bad(words.Errorf("is not a usable name"))
	}
	o, ok := s[strings.ToLower(table)]
	if !ok || o.kind != "table" || o.name != table {
		return bad(words.Errorf("is not a table in the file"))
	}
	lower := strings.ToLower(table)
	for _, t := range append(projectTables, append(mediaTables, tableOverlays)...) {
		if lower == t {
			return bad(words.Errorf("is one of the project's own tables"))
		}
	}
	for _, pre := range reservedPrefixes {
		if strings.HasPrefix(lower, pre) {
			return bad(words.Errorf("is one of the GeoPackage's own tables"))
		}
	}
	cols, err := tableColumns(q, table)
	if err != nil {
		return fmt.Errorf("store: %s: reading table %s: %w", p.path, table, err)
	}
	for _, c := range []string{"fid", "geom", "name"} {
		if _, ok := cols[c]; !ok {
			return bad(words.Errorf("has no %s column", c))
		}
	}
	return nil
}

// checkLayerTables checks every table the layers table names, and
// returns them.
func (p *Project) checkLayerTables(q querier, s schema) ([]string, error) {
	var tables []string
	rows, err := q.Query(`SELECT table_name FROM layers`)
	if err != nil {
		return nil, fmt.Errorf("store: %s: reading layers: %w", p.path, err)
	}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: %s: reading layers: %w", p.path, err)
		}
		tables = append(tables, t)
	}
	rows.Close()
	for _, t := range tables {
		if err := p.checkLayerTable(q, s, t); err != nil {
			return nil, err
		}
	}
	return tables, nil
}

// knownLayer refuses, inside a transaction, a table that is not one of
// the project's checked boundary layers (the window and the commands name
// tables the file gave them).
func (p *Project) knownLayer(tx *sql.Tx, table string) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM layers WHERE table_name = ?`, table).Scan(&n); err != nil {
		return fmt.Errorf("store: %s: reading layers: %w", p.path, err)
	}
	if n == 0 {
		return fmt.Errorf("store: %s: there is no layer %q", p.path, table)
	}
	s, err := readSchema(tx)
	if err != nil {
		return fmt.Errorf("store: %s: reading its tables: %w", p.path, err)
	}
	return p.checkLayerTable(tx, s, table)
}
