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
// mutations land in every table.
func fuzzSeed(f *testing.F) []byte {
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
	_, err = db.Exec(`PRAGMA page_size = 512; VACUUM`)
	must(f, err)
	db.Close()
	b, err := os.ReadFile(path)
	must(f, err)
	return b
}

// FuzzOpenProject opens a mutated project and exports what it holds: it
// must refuse or read it, never panic or hang. Crashing inputs found are
// kept under testdata/fuzz/FuzzOpenProject.
func FuzzOpenProject(f *testing.F) {
	f.Add(fuzzSeed(f))
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
