package store

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
)

// fuzzSeed makes a small real project (the training khoroo's outline, a
// service point, a gap point and a gap area) with 512-byte pages, so that
// mutations land in every table; edits then change it.
func fuzzSeed(f *testing.F, edits ...string) []byte {
	path := filepath.Join(f.TempDir(), "seed.gpkg")
	p, err := Open(path)
	must(f, err)
	khoroo := sampleLayers(f)[0]
	_, err = p.AddLayer(khoroo, geo.RoleKhoroo)
	must(f, err)
	pt := samplePoint("цэг", orb.Point{106.92, 47.95})
	gp, ga := sampleGap(false), sampleGap(true)
	must(f, p.ApplyAll([]annot.Change{{NewPoint: &pt}, {NewGap: &gp}, {NewGap: &ga}}))
	p.Close()
	db, err := sql.Open("sqlite", path)
	must(f, err)
	for _, e := range append(edits, `PRAGMA page_size = 512`, `VACUUM`) {
		_, err = db.Exec(e)
		must(f, err)
	}
	db.Close()
	b, err := os.ReadFile(path)
	must(f, err)
	return b
}

// FuzzOpenProject opens a mutated project and exports what it holds: it
// must refuse or read it, never panic or hang. Crashing inputs found are
// kept as seeds: an empty boundary geometry (which stopped Layers), and
// the hostile layer names and schemas of hostile_test.go.
func FuzzOpenProject(f *testing.F) {
	f.Add(fuzzSeed(f))
	f.Add(fuzzSeed(f, `UPDATE boundary_khoroo SET geom = x'47500011e6100000010100000000000000000000f87f000000000000f87f'`))
	f.Add(fuzzSeed(f, `CREATE TABLE "x""; DROP TABLE categories; --" (fid INTEGER PRIMARY KEY, geom MULTIPOLYGON, name TEXT)`,
		`INSERT INTO layers (table_name, kind, role, position) VALUES ('x"; DROP TABLE categories; --', 'polygons', 'other', 9)`))
	f.Add(fuzzSeed(f, `DROP TABLE gap_points`, `CREATE VIEW gap_points AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS fid FROM r`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		path := filepath.Join(t.TempDir(), "p.gpkg")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		p, err := Open(path)
		if err != nil {
			return
		}
		defer p.Close()
		s, err := p.Load()
		if err == nil {
			err = exchange.Write(io.Discard, s, exchange.GeoJSON, exchange.WriteOptions{Lang: "en"})
		}
		if err == nil {
			_, err = p.Layers()
		}
		if err == nil {
			_, err = p.Revisions()
		}
	})
}
