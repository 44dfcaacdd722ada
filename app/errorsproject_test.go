package app

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// namedErrorCase is an errorCase whose text holds names from the file
// (a table's, a column's, a type's), which stay as they are.
type namedErrorCase struct {
	errorCase
	names []string
}

// checkAllWorded makes each error of cases in a folder of its own and
// checks it with checkWorded.
func checkAllWorded(t *testing.T, cases []namedErrorCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkWorded(t, c.make(t, t.TempDir()), c.cause, c.names...) })
	}
}

// changedProject is the error of opening, as the window does, a project
// that another program changed with the statements given; in them,
// LAYER is the table of the project's one boundary layer, of two khoroos.
func changedProject(stmts ...string) func(*testing.T, string) error {
	return func(t *testing.T, dir string) error {
		path := filepath.Join(dir, "хороо6.gpkg")
		p, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		l, err := load.File(write(t, dir, "хороод.geojson", twoKhoroos), load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		table, err := p.AddLayer(l, geo.RoleKhoroo)
		p.Close()
		if err != nil {
			t.Fatal(err)
		}
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, s := range stmts {
			if _, err := db.Exec(strings.ReplaceAll(s, "LAYER", table)); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		db.Close()
		r, err := workspace.ReadFile(path, workspace.Refuse)
		if err == nil {
			r.Close()
		}
		return err
	}
}

// editErr is the error of adding a school named name, as the window's
// form does, to the project changedProject made.
func editErr(name string, stmts ...string) func(*testing.T, string) error {
	return func(t *testing.T, dir string) error {
		if err := changedProject(stmts...)(t, dir); err != nil {
			t.Fatal(err)
		}
		r, err := workspace.ReadFile(filepath.Join(dir, "хороо6.gpkg"), workspace.Refuse)
		if err != nil {
			t.Fatal(err)
		}
		ws := &workspace.Workspace{}
		ws.Open(r.Project, r.Annotations)
		defer ws.Close()
		pt := annot.Point{Meta: annot.NewMeta("Бат", time.Now()), Name: name, Category: "school", Status: annot.Working, Location: orb.Point{106.9, 47.9}}
		_, err = ws.Edit(annot.Change{NewPoint: &pt}, "Бат")
		return err
	}
}

// twoKhoroos is a GeoJSON layer of two khoroos.
const twoKhoroos = `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"1-р хороо"},"geometry":{"type":"Polygon","coordinates":[[[106.90,47.90],[106.91,47.90],[106.91,47.91],[106.90,47.90]]]}},
{"type":"Feature","properties":{"name":"2-р хороо"},"geometry":{"type":"Polygon","coordinates":[[[106.91,47.90],[106.92,47.90],[106.92,47.91],[106.91,47.90]]]}}]}`

// aPoint is a GeoPackage geometry: the point 106.9, 47.9.
const aPoint = "X'47500001e610000001010000009a99999999b95a403333333333f34740'"

// rowValues are the values an annotation's row needs besides its own.
const rowValues = "'2026-05-01T09:00:00Z', '2026-05-01T09:00:00Z', '1-хх'"

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
	{errorCase{"a service point with no place", changedProject("INSERT INTO service_points (geom, uuid, category, status, created, modified, rev) VALUES (NULL, 'цэг-1', 'school', 'working', " + rowValues + ")"), ""}, nil},
	{errorCase{"a point among the gap areas", changedProject("INSERT INTO gap_areas (geom, uuid, kind, severity, status, created, modified, rev) VALUES (" + aPoint + ", 'дутагдал-1', 'water', 'high', 'open', " + rowValues + ")"), ""}, []string{"gap_areas", "Point"}},
	{errorCase{"a khoroo with no shape", changedProject("UPDATE LAYER SET geom = X'4750' WHERE fid = 2"), ""}, nil},
	{errorCase{"a point refused by another program's rule", editErr("Сургууль", "PRAGMA writable_schema = ON",
		"UPDATE sqlite_master SET sql = replace(sql, 'name TEXT,', 'name TEXT CHECK (length(name) < 3),') WHERE name = 'service_points'"), "constraint failed: CHECK constraint failed: length(name) < 3 (275)"}, nil},
	{errorCase{"a point among the khoroos", changedProject("UPDATE LAYER SET geom = " + aPoint + " WHERE fid = 2"), ""}, []string{"Point"}},
}

// Each refusal of a project file reads in Mongolian, the file's own names
// kept.
func TestProjectErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, projectErrorCases)
}
