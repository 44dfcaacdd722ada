package store

import (
	"database/sql"
	"fmt"
)

// The GeoPackage schema extension's tables, worded as GDAL writes them.
// gpkg_data_columns keeps each boundary column's original property name
// (name and title; GDAL and QGIS show it as the field's alias) and marks
// columns of JSON values with their MIME type.
var schemaExtension = []string{
	`CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT,
		title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT,
		CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), CONSTRAINT gdc_tn UNIQUE (table_name, name))`,
	`CREATE TABLE IF NOT EXISTS gpkg_data_column_constraints (constraint_name TEXT NOT NULL, constraint_type TEXT NOT NULL,
		value TEXT, min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, max_is_inclusive BOOLEAN, description TEXT,
		CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value))`,
	registerSchema("gpkg_data_columns"),
	registerSchema("gpkg_data_column_constraints"),
}

// registerSchema registers one of the extension's tables once (its NULL
// column_name escapes gpkg_extensions' UNIQUE constraint).
func registerSchema(table string) string {
	return `INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
		SELECT ` + literal(table) + `, NULL, 'gpkg_schema', 'http://www.geopackage.org/spec/#extension_schema', 'read-write'
		WHERE NOT EXISTS (SELECT 1 FROM gpkg_extensions WHERE table_name = ` + literal(table) + ` AND extension_name = 'gpkg_schema')`
}

// unregisterFields forgets a removed table's columns.
func unregisterFields(tx *sql.Tx, table string) error {
	var n int
	tx.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_data_columns'`).Scan(&n)
	if n == 0 {
		return nil
	}
	if _, err := tx.Exec(`DELETE FROM gpkg_data_columns WHERE table_name = ?`, table); err != nil {
		return fmt.Errorf("store: removing layer %s: %w", table, err)
	}
	return nil
}

// registerFields records each column's property name (and the JSON ones'
// MIME type) in gpkg_data_columns, creating the extension's tables when
// the project has none yet. gpkg_extensions exists: createRTree made it.
func registerFields(tx *sql.Tx, table string, fields []field) error {
	for _, s := range schemaExtension {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("store: registering %s's columns: %w", table, err)
		}
	}
	for _, f := range fields {
		var mime any
		if f.kind == "JSON" {
			mime = jsonMIME
		}
		if _, err := tx.Exec(`INSERT INTO gpkg_data_columns (table_name, column_name, name, title, mime_type) VALUES (?, ?, ?, ?, ?)`,
			table, f.column, f.key, f.key, mime); err != nil {
			return fmt.Errorf("store: registering %s's column %s: %w", table, f.column, err)
		}
	}
	return nil
}

// sqlType is the declared type of a field's column.
func (f field) sqlType() string {
	if f.kind == "JSON" {
		return "TEXT"
	}
	return f.kind
}
