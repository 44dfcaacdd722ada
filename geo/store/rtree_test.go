package store

import (
	"bytes"
	"database/sql"
	"os/exec"
	"regexp"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

// checkRTrees compares every feature table's R-tree with its rows: one
// entry per non-empty geometry, its box around the geometry's.
func checkRTrees(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	rows, err := db.Query(`SELECT table_name FROM gpkg_geometry_columns`)
	must(t, err)
	var tables []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		tables = append(tables, s)
	}
	rows.Close()
	if len(tables) < 3 {
		t.Fatalf("%d feature tables", len(tables))
	}
	for _, table := range tables {
		r, tq := quote(rtreeName(table)), quote(table)
		var rowsN, indexed, inside int
		err := db.QueryRow(`SELECT (SELECT count(*) FROM `+tq+` WHERE geom NOT NULL), (SELECT count(*) FROM `+r+`),
			(SELECT count(*) FROM `+tq+` t JOIN `+r+` x ON x.id = t.fid WHERE x.minx <= ST_MinX(t.geom) AND x.maxx >= ST_MaxX(t.geom)
				AND x.miny <= ST_MinY(t.geom) AND x.maxy >= ST_MaxY(t.geom))`).Scan(&rowsN, &indexed, &inside)
		must(t, err)
		if rowsN != indexed || rowsN != inside {
			t.Errorf("%s: %d rows, %d in the index, %d boxed right", table, rowsN, indexed, inside)
		}
	}
}

// TestRTreeFollowsEdits: the index follows inserts, moves, deletes, a
// gap point redrawn as an area, and layers added and removed; GDAL uses
// it for a spatial filter.
func TestRTreeFollowsEdits(t *testing.T) {
	path := gdalProject(t)
	p := newProjectAt(t, path)
	s, err := p.Load()
	must(t, err)
	old, moved := s.Points[0], s.Points[0]
	moved.Location = orb.Point{106.99, 47.99}
	must(t, p.Apply(annot.Touch(annot.Change{OldPoint: &old, NewPoint: &moved}, "Б", t0.Add(1))))
	gone := s.Points[1]
	must(t, p.Apply(annot.Change{OldPoint: &gone}))
	gp, area := s.Gaps[0], s.Gaps[0]
	area.Geometry = annot.NewArea([]orb.Point{{106.90, 47.90}, {106.91, 47.90}, {106.91, 47.91}})
	must(t, p.Apply(annot.Touch(annot.Change{OldGap: &gp, NewGap: &area}, "Б", t0.Add(2))))
	ls, err := p.Layers()
	must(t, err)
	must(t, p.RemoveLayer(ls[0].Table))
	f := assets.Sample()[0]
	l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
	must(t, err)
	_, err = p.AddLayer(l, geo.RoleKhoroo)
	must(t, err)
	p.Close()
	checkRTrees(t, path)
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	out, err := exec.Command("ogrinfo", "-ro", "-so", "-spat", "106.98", "47.98", "107", "48", path, "service_points").CombinedOutput()
	if err != nil || !regexp.MustCompile(`Feature Count: 1\n`).Match(out) || bytes.Contains(out, []byte("ERROR")) {
		t.Errorf("ogrinfo with a spatial filter around the moved point: %v\n%s", err, out)
	}
}

// TestOlderProjectsGetIndexed: a project written before R-tree indexes
// and photos (no index, no triggers, no gpkg_extensions, no photo
// tables) opens, and is indexed and given its photo tables.
func TestOlderProjectsGetIndexed(t *testing.T) {
	path := gdalProject(t)
	db, err := sql.Open("sqlite", path)
	must(t, err)
	rows, err := db.Query(`SELECT table_name FROM gpkg_geometry_columns`)
	must(t, err)
	var stmts []string
	for rows.Next() {
		var table string
		rows.Scan(&table)
		stmts = append(stmts, `DROP TABLE `+quote(rtreeName(table)))
		for _, tr := range rtreeTriggers(table) {
			stmts = append(stmts, `DROP TRIGGER `+quote(tr.name))
		}
	}
	rows.Close()
	for _, t := range mediaTables {
		stmts = append(stmts, `DROP TABLE `+t, `DELETE FROM gpkg_contents WHERE table_name = `+literal(t))
	}
	for _, s := range append(stmts, `DROP TABLE gpkg_extensions`) {
		_, err := db.Exec(s)
		must(t, err)
	}
	db.Close()
	p := newProjectAt(t, path)
	s, err := p.Load()
	must(t, err)
	if len(s.Points) != 12 {
		t.Errorf("%d points", len(s.Points))
	}
	p.Close()
	checkRTrees(t, path)
	validateGPKG(t, path)
}
