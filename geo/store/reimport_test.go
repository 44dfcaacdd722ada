package store

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// pointsFile is a small points file: two without any ID (keyed by
// position, name and category), one with an OpenStreetMap ID.
const pointsFile = `{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"Худаг 1","category":"water_kiosk"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
 {"type":"Feature","properties":{"name":"Худаг 2","category":"water_kiosk","status":"broken"},"geometry":{"type":"Point","coordinates":[106.92,47.95]}},
 {"type":"Feature","properties":{"@id":"node/7","name":"Сургууль","amenity":"school"},"geometry":{"type":"Point","coordinates":[106.93,47.95]}}]}`

func pointsLayer(t *testing.T, text string) *geo.Layer {
	l, err := load.Read("points.geojson", strings.NewReader(text), load.Options{Points: true})
	must(t, err)
	return l
}

// Importing the same file twice updates instead of doubling; a changed
// point is updated in place.
func TestReimport(t *testing.T) {
	p := newProject(t)
	first, err := p.Import([]*geo.Layer{pointsLayer(t, pointsFile)}, nil, "A")
	must(t, err)
	again, err := p.Import([]*geo.Layer{pointsLayer(t, pointsFile)}, nil, "A")
	must(t, err)
	changed, err := p.Import([]*geo.Layer{pointsLayer(t, strings.Replace(pointsFile, `"broken"`, `"working"`, 1))}, nil, "A")
	must(t, err)
	s, err := p.Load()
	must(t, err)
	if first.Added != 3 || again.Unchanged != 3 || again.Added+again.Updated != 0 || changed.Updated != 1 || changed.Unchanged != 2 || len(s.Points) != 3 {
		t.Errorf("imports: %+v, %+v, %+v; %d points", first, again, changed, len(s.Points))
	}
}

// Two people import the same file separately, at different times: their
// projects merge with nothing to review and no point twice.
func TestSeparateImportsMergeClean(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, who := range []string{"A", "B"} {
		path := filepath.Join(dir, who+".gpkg")
		p := newProjectAt(t, path)
		_, err := p.ImportAt([]*geo.Layer{pointsLayer(t, pointsFile)}, nil, who, t0.Add(time.Duration(i)*time.Hour))
		must(t, err)
		p.Close()
		paths = append(paths, path)
	}
	sum, err := MergeFiles(filepath.Join(dir, "merged.gpkg"), paths)
	must(t, err)
	tot := sum.Total()
	if n := len(tot.Added) + len(tot.Updated) + len(tot.Conflicts) + len(tot.Duplicates); n != 0 || len(sum.NeedsReview) != 0 {
		t.Errorf("the same file imported twice merged with:\n%s", tot)
	}
}

// The revisions table keeps the past: a point's earlier revision after an
// edit, its last one after it is deleted; the current one is its own.
func TestRevisionsKeepThePast(t *testing.T) {
	p := newProject(t)
	pt := samplePoint("худаг", orb.Point{106.9, 47.9})
	must(t, p.Apply(annot.Change{NewPoint: &pt}))
	edited := annot.Touch(annot.Change{OldPoint: &pt, NewPoint: &pt}, "A", t0.Add(time.Hour))
	must(t, p.Apply(edited))
	revs, err := p.Revisions()
	must(t, err)
	if !revs[pt.ID][pt.Rev] || !revs[pt.ID][edited.NewPoint.Rev] || len(revs[pt.ID]) != 2 {
		t.Fatalf("after an edit: %v", revs[pt.ID])
	}
	must(t, p.Apply(annot.Change{OldPoint: edited.NewPoint}))
	if revs, _ = p.Revisions(); len(revs[pt.ID]) != 2 {
		t.Errorf("after deleting: %v", revs[pt.ID])
	}
}

// The case on real data: two laptops import the 207 real health
// points separately; the merge holds 207, with nothing to review.
func TestSeparateRealImportsMergeClean(t *testing.T) {
	health := realdata.File(t, "c2m2_mobile/mongoliahealth.json")
	dir := t.TempDir()
	var paths []string
	for i, who := range []string{"A", "B"} {
		l, err := load.File(health, load.Options{Points: true})
		must(t, err)
		path := filepath.Join(dir, who+".gpkg")
		p := newProjectAt(t, path)
		_, err = p.ImportAt([]*geo.Layer{l}, nil, who, t0.Add(time.Duration(i)*time.Hour))
		must(t, err)
		p.Close()
		paths = append(paths, path)
	}
	out := filepath.Join(dir, "merged.gpkg")
	sum, err := MergeFiles(out, paths)
	must(t, err)
	m := newProjectAt(t, out)
	defer m.Close()
	s, err := m.Load()
	must(t, err)
	if tot := sum.Total(); len(s.Points) != 207 || len(tot.Conflicts)+len(tot.Duplicates) != 0 || len(sum.NeedsReview) != 0 {
		t.Errorf("%d points, %d conflicts, %d duplicates, %d to review", len(s.Points), len(tot.Conflicts), len(tot.Duplicates), len(sum.NeedsReview))
	}
}
