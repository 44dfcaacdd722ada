package store

import (
	"database/sql"
	"fmt"
)

// The photo tables: the Related Tables Extension (OGC 18-000) relates
// each annotation table to the media table through a mapping table.
const (
	tableMedia     = "media"
	tableRelations = "gpkgext_relations"
	rteExtension   = "gpkg_related_tables"
	rteDefinition  = "http://www.geopackage.org/18-000.html"
)

// photoMappings names each annotation table's mapping table.
var photoMappings = []struct{ base, mapping string }{
	{tablePoints, "service_points_media"},
	{tableGapPoints, "gap_points_media"},
	{tableGapAreas, "gap_areas_media"},
}

// mappingOf returns the mapping table of an annotation table.
func mappingOf(base string) string {
	for _, m := range photoMappings {
		if m.base == base {
			return m.mapping
		}
	}
	panic("store: no mapping table for " + base) // only the three annotation tables are passed
}

// mediaTables are the photo tables, checked like the project's tables
// but added to older projects when they lack them.
var mediaTables = []string{tableMedia, tableRelations, photoMappings[0].mapping, photoMappings[1].mapping, photoMappings[2].mapping}

const extensionsSchema = `CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT,
	extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
	CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))`

const mediaSchema = `CREATE TABLE IF NOT EXISTS media (id INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB NOT NULL,
	content_type TEXT NOT NULL, uuid TEXT NOT NULL UNIQUE, name TEXT, width INTEGER, height INTEGER,
	taken DATETIME, latitude REAL, longitude REAL)`

const relationsSchema = `CREATE TABLE IF NOT EXISTS gpkgext_relations (id INTEGER PRIMARY KEY AUTOINCREMENT,
	base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id',
	related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id',
	relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)`

const mappingColumns = `(fid INTEGER PRIMARY KEY AUTOINCREMENT, base_id INTEGER NOT NULL,
	related_id INTEGER NOT NULL, position INTEGER NOT NULL)`

// createMediaTables adds the photo tables and registers them (a project
// made before photos gets them on opening). Tables already there, checked
// by checkMediaTables, are kept.
func createMediaTables(tx *sql.Tx) error {
	stmts := []string{extensionsSchema, mediaSchema, relationsSchema,
		`INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('media', 'attributes', 'Photos', 'Photos of service points and gaps (Related Tables Extension)')`,
		`INSERT OR IGNORE INTO gpkg_extensions VALUES ('gpkgext_relations', NULL, '` + rteExtension + `', '` + rteDefinition + `', 'read-write')`}
	for _, m := range photoMappings {
		stmts = append(stmts, `CREATE TABLE IF NOT EXISTS `+m.mapping+` `+mappingColumns,
			`CREATE INDEX IF NOT EXISTS `+m.mapping+`_base ON `+m.mapping+` (base_id)`,
			`INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) VALUES ('`+m.mapping+`', 'attributes', 'Photos of `+m.base+`')`,
			`INSERT OR IGNORE INTO gpkg_extensions VALUES ('`+m.mapping+`', NULL, '`+rteExtension+`', '`+rteDefinition+`', 'read-write')`,
			`INSERT OR IGNORE INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, related_primary_column, relation_name, mapping_table_name)
				VALUES ('`+m.base+`', 'fid', 'media', 'id', 'media', '`+m.mapping+`')`)
	}
	for _, s := range stmts {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("store: creating the photo tables: %w", err)
		}
	}
	return nil
}
