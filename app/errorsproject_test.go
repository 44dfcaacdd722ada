package app

import (
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// namedErrorCase is an errorCase whose text holds names from the file
// (a table's, a column's, a type's), which stay as they are.
type namedErrorCase struct {
	errorCase
	names []string
}

// changedProject is the error of opening, as the window does, a project
// that another program changed with the statements given.
func changedProject(stmts ...string) func(*testing.T, string) error {
	return func(t *testing.T, dir string) error {
		path := filepath.Join(dir, "хороо6.gpkg")
		p, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		p.Close()
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, s := range stmts {
			if _, err := db.Exec(s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		db.Close()
		_, err = workspace.ReadFile(path, workspace.Refuse)
		return err
	}
}

// Project files another program changed are refused in words naming the
// table, in the window's language.
var projectErrorCases = []namedErrorCase{
	{errorCase{"a view for a table", changedProject("DROP TABLE categories", "CREATE VIEW categories AS SELECT 1 AS id"), ""}, []string{"categories"}},
	{errorCase{"a table missing", changedProject("DROP TABLE revisions"), ""}, []string{"revisions"}},
	{errorCase{"a column missing", changedProject("ALTER TABLE categories DROP COLUMN symbol"), ""}, []string{"categories", "symbol"}},
	{errorCase{"a column of another type", changedProject("PRAGMA writable_schema = ON", "UPDATE sqlite_master SET sql = replace(sql, 'modified DATETIME', 'modified BLOB') WHERE name = 'revisions'"), ""}, []string{"revisions", "modified", "BLOB", "DATETIME"}},
	{errorCase{"a value of another type", changedProject("PRAGMA writable_schema = ON", "UPDATE sqlite_master SET sql = replace(sql, 'value TEXT', 'value INTEGER') WHERE name = 'settings'"), "TEXT value in settings.value"}, nil},
	{errorCase{"a layer of no table", changedProject("INSERT INTO layers (table_name, kind, role, position) VALUES ('khoroo', 'area', 'khoroo', 1)"), ""}, []string{"khoroo"}},
	{errorCase{"a layer of the project's own table", changedProject("INSERT INTO layers (table_name, kind, role, position) VALUES ('categories', 'area', 'khoroo', 1)"), ""}, []string{"categories"}},
	{errorCase{"a stranger's trigger", changedProject("CREATE TRIGGER watch AFTER INSERT ON service_points BEGIN SELECT 1; END"), ""}, []string{"service_points", "watch"}},
	{errorCase{"an index that is no R-tree", changedProject("DROP TABLE rtree_service_points_geom", "CREATE TABLE rtree_service_points_geom (id INTEGER)"), ""}, nil},
	{errorCase{"a GeoPackage table missing", changedProject("DROP TABLE gpkg_geometry_columns"), ""}, nil},
}

// Each refusal of a project file reads in Mongolian, the file's own names
// kept.
func TestProjectErrorsWordedInMongolian(t *testing.T) {
	for _, c := range projectErrorCases {
		t.Run(c.name, func(t *testing.T) { checkWorded(t, c.make(t, t.TempDir()), c.cause, c.names...) })
	}
}
