package store

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// TestReplacePulledInBatches: a sync pulling 1,000 annotations into a
// project of 100 writes them with a few dozen statements, not five for
// each, and they all read back, with their revisions, in the R-tree and
// within the layers' extents; GDAL's validator finds nothing wrong.
func TestReplacePulledInBatches(t *testing.T) {
	p := newProject(t)
	own, pulled := pulledSet(100, 1000)
	must(t, p.Replace(own, revisionsOf(own)))
	n := 0
	execHook = func(string) { n++ }
	defer func() { execHook = nil }()
	must(t, p.Replace(pulled, revisionsOf(pulled)))
	execHook = nil
	if n > 100 {
		t.Errorf("%d statements for 1,000 pulled rows", n)
	}
	s, err := p.Load()
	must(t, err)
	if len(s.Points) != len(pulled.Points) || len(s.Gaps) != len(pulled.Gaps) {
		t.Fatalf("read %d points, %d gaps; want %d, %d", len(s.Points), len(s.Gaps), len(pulled.Points), len(pulled.Gaps))
	}
	if got := s.Points[len(s.Points)-1]; got.Content() != pulled.Points[len(pulled.Points)-1].Content() {
		t.Errorf("last point %+v", got)
	}
	revs, err := p.Revisions()
	must(t, err)
	for _, pt := range pulled.Points {
		if !revs[pt.ID][pt.Rev] {
			t.Fatalf("no revision %s of %s", pt.Rev, pt.ID)
		}
	}
	for _, table := range []string{tablePoints, tableGapPoints, tableGapAreas} {
		var rows, indexed, outside int
		must(t, p.db.QueryRow(`SELECT count(*) FROM `+table).Scan(&rows))
		must(t, p.db.QueryRow(`SELECT count(*) FROM `+rtreeName(table)).Scan(&indexed))
		must(t, p.db.QueryRow(`SELECT count(*) FROM `+table+` t, gpkg_contents c WHERE c.table_name = ? AND
			(ST_MinX(t.geom) < c.min_x OR ST_MaxX(t.geom) > c.max_x OR ST_MinY(t.geom) < c.min_y OR ST_MaxY(t.geom) > c.max_y)`, table).Scan(&outside))
		if rows == 0 || indexed != rows || outside != 0 {
			t.Errorf("%s: %d rows, %d indexed, %d outside the extent", table, rows, indexed, outside)
		}
	}
	p.Close()
	validateGPKG(t, p.Path())
}

// TestFreshRowAlreadyThere: a row taken for new that the file holds after
// all (the copy read before the write missed it) fails the write, which
// leaves the file as it was, rather than coming twice.
func TestFreshRowAlreadyThere(t *testing.T) {
	p := newProject(t)
	own, _ := pulledSet(3, 0)
	must(t, p.Replace(own, revisionsOf(own)))
	changed := *own
	changed.Points = append([]annot.Point(nil), own.Points...)
	changed.Points[0].Name = "өөр нэр"
	err := p.writeDiff(&projectCopy{set: &annot.Set{}, revs: annot.Revisions{}}, &projectCopy{set: &changed, revs: annot.Revisions{}}, nil)
	if err == nil || !strings.Contains(err.Error(), "UNIQUE") {
		t.Fatalf("got %v, want a UNIQUE constraint error", err)
	}
	s, err := p.Load()
	must(t, err)
	if len(s.Points) != len(own.Points) || s.Points[0].Name != own.Points[0].Name {
		t.Errorf("file changed: %d points, first %q", len(s.Points), s.Points[0].Name)
	}
}
