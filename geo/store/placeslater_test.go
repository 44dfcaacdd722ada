package store

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

// A project holding a zigzag khoroo of 100,000 vertices: PlacesLater reads
// nothing until a place is asked for (an import of refused photos read
// the boundary all the same: 4.7 GB and a minute at a million vertices),
// then finds the khoroo.
func TestPlacesLaterReadsOnFirstUse(t *testing.T) {
	dir := t.TempDir()
	p, err := Open(filepath.Join(dir, "p.gpkg"))
	must(t, err)
	defer p.Close()
	ls, err := load.All(zigzagFile(t, dir, 100_000), load.Options{})
	must(t, err)
	_, err = p.Import(ls, nil, "")
	must(t, err)
	var at func(orb.Point) annot.Places
	var failed func() error
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	at, failed = p.PlacesLater()
	must(t, failed())
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Errorf("PlacesLater allocated %d KB before any place was asked for", got>>10)
	}
	if pl := at(orb.Point{106.92, 47.96}); pl.Khoroo != "Зигзаг-р хороо" {
		t.Errorf("places at the zigzag's middle: %+v", pl)
	}
	must(t, failed())
}

// A point imported into a project holding a zigzag of 200,000 vertices as
// an "other" layer does not read it: such a layer tells no places.
func TestImportPointSkipsOtherLayers(t *testing.T) {
	dir := t.TempDir()
	p, err := Open(filepath.Join(dir, "p.gpkg"))
	must(t, err)
	defer p.Close()
	ls, err := load.All(zigzagFile(t, dir, 200_000), load.Options{})
	must(t, err)
	other := geo.RoleOther
	_, err = p.Import(ls, &other, "")
	must(t, err)
	pts, err := load.All(onePointFile(t, dir), load.Options{})
	must(t, err)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res, err := p.Import(pts, nil, "")
	runtime.ReadMemStats(&after)
	must(t, err)
	if res.Added != 1 {
		t.Errorf("%d points added", res.Added)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 4<<20 {
		t.Errorf("importing one point allocated %d MB", got>>20)
	}
}
