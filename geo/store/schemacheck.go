package store

import (
	"database/sql"
	"strings"
	"sync"
)

// projectTables are the tables every project holds, in the order they
// are checked.
var projectTables = []string{tablePoints, tableGapPoints, tableGapAreas, tableCategories, tableSettings, tableLayers, tableRevisions}

// schemaObject is one row of sqlite_master.
type schemaObject struct{ kind, name, table, sql string }

// schema is a file's sqlite_master, by lower-case name (SQLite's names
// are case-insensitive).
type schema map[string]schemaObject

func readSchema(q querier) (schema, error) {
	rows, err := q.Query(`SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	s := schema{}
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.kind, &o.name, &o.table, &o.sql); err != nil {
			return nil, err
		}
		s[strings.ToLower(o.name)] = o
	}
	return s, rows.Err()
}

// isTable reports whether name is a plain table (not a view, an index or
// a trigger).
func (s schema) isTable(name string) bool {
	o, ok := s[strings.ToLower(name)]
	return ok && o.kind == "table"
}

// column is a column's name and declared type, as PRAGMA table_info
// gives them.
type column struct{ name, typ string }

func tableColumns(q querier, table string) (map[string]string, error) {
	rows, err := q.Query(`SELECT name, upper(type) FROM pragma_table_info(?)`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols := map[string]string{}
	for rows.Next() {
		var c column
		if err := rows.Scan(&c.name, &c.typ); err != nil {
			return nil, err
		}
		cols[strings.ToLower(c.name)] = c.typ
	}
	return cols, rows.Err()
}

// referenceColumns are the columns of each project table as this version
// creates them, read from a project made in memory.
var referenceColumns = sync.OnceValues(func() (map[string][]column, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	p := &Project{db: db, path: ":memory:"}
	if err := p.initSchema(); err != nil {
		return nil, err
	}
	out := map[string][]column{}
	for _, t := range append(projectTables, append(mediaTables, tableOverlays)...) {
		rows, err := db.Query(`SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid`, t)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var c column
			rows.Scan(&c.name, &c.typ)
			out[t] = append(out[t], c)
		}
		rows.Close()
	}
	return out, nil
})
