package store

import (
	"database/sql"
	"fmt"
)

// rtreeName is the R-tree index of a feature table's geometry, as the
// GeoPackage gpkg_rtree_index extension names it.
func rtreeName(table string) string { return "rtree_" + table + "_geom" }

// createRTree indexes a feature table (fid, geom) with the standard
// GeoPackage R-tree, fills it from the rows there, installs the standard
// triggers that keep it up to date and registers the extension.
func createRTree(tx *sql.Tx, table string) error { return newRTree(tx, table, true) }

// newRTree is createRTree, filling the index from the table's rows when
// fill is set, or leaving it empty for a caller that knows every row's
// box (putRTree).
func newRTree(tx *sql.Tx, table string, fill bool) error {
	r := quote(rtreeName(table))
	stmts := []string{
		`CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
			definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))`,
		`CREATE VIRTUAL TABLE ` + r + ` USING rtree(id, minx, maxx, miny, maxy)`,
	}
	if fill {
		stmts = append(stmts, `INSERT OR REPLACE INTO `+r+` SELECT "fid", ST_MinX("geom"), ST_MaxX("geom"), ST_MinY("geom"), ST_MaxY("geom") FROM `+
			quote(table)+` WHERE "geom" NOT NULL AND NOT ST_IsEmpty("geom")`)
	}
	for _, tr := range rtreeTriggers(table) {
		stmts = append(stmts, tr.sql)
	}
	for _, s := range stmts {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("store: indexing %s: %w", table, err)
		}
	}
	_, err := tx.Exec(`INSERT OR REPLACE INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
		VALUES (?, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')`, table)
	if err != nil {
		return fmt.Errorf("store: registering %s's index: %w", table, err)
	}
	return nil
}

// dropRTree removes a feature table's index and its registration (the
// triggers go with the table).
func dropRTree(tx *sql.Tx, table string) error {
	if _, err := tx.Exec(`DROP TABLE IF EXISTS ` + quote(rtreeName(table))); err != nil {
		return fmt.Errorf("store: removing %s's index: %w", table, err)
	}
	var n int
	tx.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_extensions'`).Scan(&n)
	if n == 0 {
		return nil
	}
	if _, err := tx.Exec(`DELETE FROM gpkg_extensions WHERE table_name = ?`, table); err != nil {
		return fmt.Errorf("store: removing %s's index: %w", table, err)
	}
	return nil
}

// trigger is one trigger a project may hold.
type trigger struct{ name, sql string }

// rtreeTriggers are the GeoPackage 1.3 standard triggers of a table's
// R-tree, worded as GDAL writes them, so that a project GDAL or QGIS
// edited is still recognised.
func rtreeTriggers(table string) []trigger {
	r := rtreeName(table)
	t, q := quote(table), quote(r)
	values := ` BEGIN INSERT OR REPLACE INTO ` + q + ` VALUES (NEW."fid",ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"),ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")); END`
	head := func(suffix, when string) trigger {
		return trigger{r + "_" + suffix, `CREATE TRIGGER ` + quote(r+"_"+suffix) + ` ` + when}
	}
	ts := []trigger{
		head("insert", `AFTER INSERT ON `+t+` WHEN (new."geom" NOT NULL AND NOT ST_IsEmpty(NEW."geom"))`+values),
		head("update1", `AFTER UPDATE OF "geom" ON `+t+` WHEN OLD."fid" = NEW."fid" AND (NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom"))`+values),
		head("update2", `AFTER UPDATE OF "geom" ON `+t+` WHEN OLD."fid" = NEW."fid" AND (NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM `+q+` WHERE id = OLD."fid"; END`),
		head("update3", `AFTER UPDATE ON `+t+` WHEN OLD."fid" != NEW."fid" AND (NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM `+q+` WHERE id = OLD."fid"; INSERT OR REPLACE INTO `+q+` VALUES (NEW."fid",ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"),ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")); END`),
		head("update4", `AFTER UPDATE ON `+t+` WHEN OLD."fid" != NEW."fid" AND (NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM `+q+` WHERE id IN (OLD."fid", NEW."fid"); END`),
		head("delete", `AFTER DELETE ON `+t+` WHEN old."geom" NOT NULL BEGIN DELETE FROM `+q+` WHERE id = OLD."fid"; END`),
	}
	return ts
}

// gdalCountTriggers are the feature-count triggers GDAL adds to tables it
// writes; they only touch gpkg_ogr_contents.
func gdalCountTriggers(table string) []trigger {
	count := func(op, sign string) trigger {
		name := "trigger_" + op + "_feature_count_" + table
		return trigger{name, `CREATE TRIGGER ` + quote(name) + ` AFTER ` + map[string]string{"insert": "INSERT", "delete": "DELETE"}[op] +
			` ON ` + quote(table) + ` BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count ` + sign +
			` 1 WHERE lower(table_name) = lower(` + literal(table) + `); END`}
	}
	return []trigger{count("insert", "+"), count("delete", "-")}
}
