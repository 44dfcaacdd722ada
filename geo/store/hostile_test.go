package store

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// craft writes a project at dir/name with one service point, then runs
// the given SQL on it as a stranger would, outside the store.
func craft(t *testing.T, dir, name string, stmts ...string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	p, err := Open(path)
	must(t, err)
	pt := samplePoint("цэг", orb.Point{106.92, 47.95})
	must(t, p.Apply(annot.Change{NewPoint: &pt}))
	p.Close()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("crafting %s: %v", s, err)
		}
	}
	return path
}

func countPoints(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	var n int
	must(t, db.QueryRow(`SELECT count(*) FROM service_points`).Scan(&n))
	return n
}

// TestLayerTableNameInjection: a layer whose table name carries SQL (as
// Go's %q once quoted it) reaches another project through ATTACH. Every
// use of the name must treat it as one identifier.
func TestLayerTableNameInjection(t *testing.T) {
	dir := t.TempDir()
	victim := craft(t, dir, "victim.gpkg")
	planted := filepath.Join(dir, "planted.gpkg")
	evil := `x"; ATTACH '` + victim + `' AS v; DELETE FROM v.service_points; ATTACH '` + planted + `' AS w; CREATE TABLE w.t(a); --`
	path := craft(t, dir, "stranger.gpkg",
		`CREATE TABLE `+quote(evil)+` (fid INTEGER PRIMARY KEY, geom MULTIPOLYGON, name TEXT, properties TEXT)`,
		`INSERT INTO layers (table_name, kind, role, position) VALUES (`+literal(evil)+`, 'polygons', 'other', 1)`)
	p, err := Open(path)
	must(t, err)
	defer p.Close()
	for _, c := range []struct {
		name string
		use  func() error
	}{
		{"read", func() error { _, err := p.Layers(); return err }},
		{"rename", func() error {
			ls, err := p.Layers()
			if err != nil {
				return err
			}
			return p.RenameFeatures(ls[0])
		}},
		{"remove", func() error { return p.RemoveLayer(evil) }},
	} {
		name, use := c.name, c.use
		t.Run(name, func(t *testing.T) {
			if err := use(); err != nil {
				t.Logf("refused: %v", err)
			}
			if n := countPoints(t, victim); n != 1 {
				t.Errorf("the other project holds %d service points, want 1", n)
			}
			if _, err := os.Stat(planted); err == nil {
				t.Errorf("a new file appeared: %s", planted)
			}
		})
	}
}

// TestRefusedSchemas: each project is refused by Open in one line naming
// the file and the table, before anything reads or writes it.
func TestRefusedSchemas(t *testing.T) {
	for _, c := range []struct {
		name  string
		stmts []string
		want  string
	}{
		{"recursive view", []string{`DROP TABLE service_points`,
			`CREATE VIEW service_points AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS fid FROM r`},
			"service_points is a view"},
		{"missing categories", []string{`DROP TABLE categories`}, "no categories table"},
		{"wrong column type", []string{`ALTER TABLE gap_points RENAME COLUMN severity TO sev`,
			`ALTER TABLE gap_points ADD COLUMN severity BLOB`}, "table gap_points: column severity is BLOB"},
		{"missing column", []string{`ALTER TABLE revisions DROP COLUMN modified`}, "table revisions has no column modified"},
		{"layer names a project table", []string{`INSERT INTO layers (table_name, kind, role, position) VALUES ('Service_Points', 'points', 'other', 1)`},
			`"Service_Points", which is not a table`},
		{"layer names a GeoPackage table", []string{`INSERT INTO layers (table_name, kind, role, position) VALUES ('gpkg_contents', 'points', 'other', 1)`},
			`"gpkg_contents", which is one of the GeoPackage's own tables`},
		{"layer names no table", []string{`INSERT INTO layers (table_name, kind, role, position) VALUES ('nowhere', 'points', 'other', 1)`},
			`"nowhere", which is not a table`},
		{"stranger's trigger", []string{`CREATE TRIGGER spin AFTER INSERT ON service_points BEGIN DELETE FROM categories; END`},
			"table service_points has a trigger (spin)"},
		{"trigger on categories", []string{`CREATE TRIGGER spin AFTER UPDATE ON categories BEGIN DELETE FROM settings; END`},
			"table categories has a trigger (spin)"},
		{"another program's GeoPackage with a trigger", []string{`DROP TABLE service_points`, `DROP TABLE gap_points`, `DROP TABLE gap_areas`,
			`DROP TABLE categories`, `DROP TABLE settings`, `DROP TABLE layers`, `DROP TABLE revisions`,
			`CREATE TRIGGER spin AFTER INSERT ON gpkg_contents BEGIN DELETE FROM gpkg_spatial_ref_sys; END`},
			"table gpkg_contents has a trigger (spin)"},
		{"trigger on the index", []string{`CREATE TRIGGER spin AFTER INSERT ON rtree_gap_areas_geom_node BEGIN DELETE FROM categories; END`},
			"has a trigger (spin)"},
		{"fake index", []string{`DROP TABLE rtree_gap_points_geom`, `CREATE TABLE rtree_gap_points_geom (id, minx, maxx, miny, maxy)`},
			"rtree_gap_points_geom is not an R-tree index"},
		{"registers as a view", []string{`ALTER TABLE gpkg_extensions RENAME TO ext`, `CREATE VIEW gpkg_extensions AS SELECT * FROM ext`},
			"gpkg_extensions is a view"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := craft(t, t.TempDir(), "stranger.gpkg", c.stmts...)
			before, _ := os.ReadFile(path)
			p, err := Open(path)
			if err == nil {
				p.Close()
				t.Fatal("opened")
			}
			msg := err.Error()
			if !strings.Contains(msg, c.want) || !strings.Contains(msg, path) || strings.Contains(msg, "\n") {
				t.Errorf("got %q, want one line with the file and %q", msg, c.want)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("the refused file was changed")
			}
		})
	}
}

// TestOddGeometriesRefused: an empty geometry or one of the wrong type in
// a layer or a gap table is reported, naming the table and feature (the
// map would otherwise stop on it).
func TestOddGeometriesRefused(t *testing.T) {
	line, err := encodeGeometry(orb.LineString{{106.9, 47.9}, {107, 48}})
	must(t, err)
	empty := []byte{'G', 'P', 0, 1 | 1<<4, 0xe6, 0x10, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f}
	for _, c := range []struct {
		name, sql string
		geom      []byte
		want      string
	}{
		{"empty area", `UPDATE boundary_khoroo SET geom = ?`, empty, "layer boundary_khoroo: feature 0: store: the geometry is empty"},
		{"line as an area", `UPDATE boundary_khoroo SET geom = ?`, line, "feature 0: store: a LineString in a layer of polygons"},
		{"line as a gap", `UPDATE gap_areas SET geom = ?`, line, "store: a LineString in gap_areas"},
		{"empty gap", `UPDATE gap_points SET geom = ?`, empty, "store: the geometry is empty"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.gpkg")
			p := newProjectAt(t, path)
			_, err := p.AddLayer(sampleLayers(t)[0], geo.RoleKhoroo)
			must(t, err)
			gp, ga := sampleGap(false), sampleGap(true)
			must(t, p.ApplyAll([]annot.Change{{NewGap: &gp}, {NewGap: &ga}}))
			db, err := sql.Open("sqlite", path)
			must(t, err)
			_, err = db.Exec(c.sql, c.geom)
			must(t, err)
			db.Close()
			_, err = p.Layers()
			if err == nil {
				_, err = p.Load()
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
}
