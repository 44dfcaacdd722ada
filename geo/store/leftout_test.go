package store

import (
	"bytes"
	"database/sql"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// hostileGeometry is an UPDATE setting one row's geometry, as a stranger
// would write it, outside the store.
func hostileGeometry(t *testing.T, table string, fid int, g orb.Geometry) string {
	t.Helper()
	blob, err := encodeGeometry(g)
	must(t, err)
	return fmt.Sprintf(`UPDATE %s SET geom = X'%x' WHERE fid = %d`, quote(table), blob, fid)
}

// craftLeftOut writes a project with three service points, a gap point, a
// gap area and a layer of two khoroos, then gives five rows coordinates
// at no longitude/latitude:
//
//	service_points 2: (NaN, 1e308)    service_points 3: (+Inf, 47.9)
//	gap_points 1:     (106.93, 91)    gap_areas 1: a corner at lon 200
//	boundary_khoroos 1: a corner at lat -NaN
//
// Given a friend, a copy of the project is left there before, intact.
func craftLeftOut(t *testing.T, friend ...string) (path, layer string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "stranger.gpkg")
	p, err := Open(path)
	must(t, err)
	for i := range 3 {
		pt := samplePoint(fmt.Sprintf("цэг %d", i+1), orb.Point{106.92, 47.95 + 0.001*float64(i)})
		must(t, p.Apply(annot.Change{NewPoint: &pt}))
	}
	gp, ga := sampleGap(false), sampleGap(true)
	must(t, p.Apply(annot.Change{NewGap: &gp}))
	must(t, p.Apply(annot.Change{NewGap: &ga}))
	layer, err = p.AddLayer(twoFirstKhoroos(), 0)
	must(t, err)
	for _, f := range friend {
		must(t, p.SaveCopy(f))
	}
	p.Close()
	nan := math.NaN()
	bad := orb.MultiPolygon{{{{106.90, 47.90}, {106.91, nan}, {106.91, 47.91}, {106.90, 47.90}}}}
	stmts := []string{
		hostileGeometry(t, tablePoints, 2, orb.Point{nan, 1e308}),
		hostileGeometry(t, tablePoints, 3, orb.Point{math.Inf(1), 47.9}),
		hostileGeometry(t, tableGapPoints, 1, orb.Point{106.93, 91}),
		hostileGeometry(t, tableGapAreas, 1, orb.Polygon{{{106.92, 47.95}, {200, 47.95}, {106.92, 47.96}, {106.92, 47.95}}}),
		hostileGeometry(t, layer, 1, bad),
	}
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	for _, s := range stmts {
		_, err := db.Exec(s)
		must(t, err)
	}
	return path, layer
}

// TestRowsAtNoLonLatLeftOut: what a project shows leaves out every row
// whose coordinates are not finite or outside longitude/latitude, each
// named once in one line; the file keeps them, byte for byte.
func TestRowsAtNoLonLatLeftOut(t *testing.T) {
	path, layer := craftLeftOut(t)
	before, err := os.ReadFile(path)
	must(t, err)
	p, err := Open(path)
	must(t, err)
	for range 2 { // read twice, told once
		s, err := p.Load()
		must(t, err)
		if len(s.Points) != 1 || s.Points[0].Name != "цэг 1" || len(s.Gaps) != 0 {
			t.Fatalf("read %d points (%v) and %d gaps, want the first point alone", len(s.Points), s.Points, len(s.Gaps))
		}
		ls, err := p.Layers()
		must(t, err)
		if n := len(ls[0].Layer.Features); n != 1 || !ls[0].Layer.Bound.Contains(orb.Point{106.915, 47.905}) {
			t.Fatalf("layer: %d features, bound %v; want the second khoroo alone", n, ls[0].Layer.Bound)
		}
	}
	want := []string{
		"table service_points, row 2: coordinate (NaN, 1e+308) is not a finite number",
		"table service_points, row 3: coordinate (+Inf, 47.9) is not a finite number",
		"table gap_points, row 1: coordinate (106.93, 91) is outside longitude/latitude",
		"table gap_areas, row 1: coordinate (200, 47.95) is outside longitude/latitude",
		"table " + layer + ", row 1: coordinate (106.91, NaN) is not a finite number",
	}
	got := p.LeftOut()
	if len(got) != len(want) {
		t.Fatalf("left out %d rows, want %d: %v", len(got), len(want), got)
	}
	for i, w := range want {
		line := got[i].Error()
		if !strings.HasPrefix(line, "store: "+path+": ") || !strings.Contains(line, w) || strings.Contains(line, "\n") {
			t.Errorf("line %d = %q, want one line naming %s and %q", i, line, path, w)
		}
	}
	p.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Errorf("the file changed on reading it")
	}
}

// TestRenameFeaturesAfterLeftOut: naming a layer's features writes each
// name to the row it was read from, not to the row left out before it.
func TestRenameFeaturesAfterLeftOut(t *testing.T) {
	path, layer := craftLeftOut(t)
	p, err := Open(path)
	must(t, err)
	defer p.Close()
	ls, err := p.Layers()
	must(t, err)
	ls[0].Layer.Features[0].Name = "Баянгол 1"
	must(t, p.RenameFeatures(ls[0]))
	rows, err := p.db.Query(`SELECT fid, name FROM ` + quote(layer) + ` ORDER BY fid`)
	must(t, err)
	defer rows.Close()
	want := []string{"1-р хороо", "Баянгол 1"}
	for i := 0; rows.Next(); i++ {
		var fid int
		var name string
		must(t, rows.Scan(&fid, &name))
		if name != want[i] {
			t.Errorf("row %d is named %q, want %q", fid, name, want[i])
		}
	}
}

// BenchmarkBadCoordinate walks a 1,000,000-vertex boundary, as reading a
// layer does for every feature, beside computing its bound (what reading
// already did), the baseline.
func BenchmarkBadCoordinate(b *testing.B) {
	ring := make(orb.Ring, 1_000_000)
	for i := range ring {
		a := 2 * math.Pi * float64(i) / float64(len(ring)-1)
		ring[i] = orb.Point{106.92 + 0.02*math.Cos(a), 47.96 + 0.02*math.Sin(a)}
	}
	mp := orb.MultiPolygon{{ring}}
	b.Run("walk", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, bad := badCoordinate(mp); bad {
				b.Fatal("a good ring found bad")
			}
		}
	})
	b.Run("bound", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = mp.Bound()
		}
	})
}
