package store

import (
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Two laptops create the training project apart: the same IDs and
// revisions, so their copies merge with nothing to review, and only a real
// edit comes across.
func TestTrainingCopiesMergeClean(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.gpkg"), filepath.Join(dir, "b.gpkg")
	must(t, CreateSample(a))
	must(t, CreateSample(b))
	pb := newProjectAt(t, b)
	s, err := pb.Load()
	must(t, err)
	old := s.Points[0]
	q := old
	q.Status = annot.Closed
	must(t, pb.Apply(annot.Touch(annot.Change{OldPoint: &old, NewPoint: &q}, "B", t0)))
	pb.Close()

	sum, err := MergeFiles(filepath.Join(dir, "m.gpkg"), []string{a, b})
	must(t, err)
	tot := sum.Total()
	if len(tot.Updated) != 1 || len(tot.Added)+len(tot.Conflicts)+len(tot.Duplicates)+len(tot.Deleted) != 0 || len(sum.NeedsReview) != 0 {
		t.Errorf("two fresh training copies, one edit:\n%s", tot)
	}
	pm := newProjectAt(t, filepath.Join(dir, "m.gpkg"))
	defer pm.Close()
	m, err := pm.Load()
	must(t, err)
	if len(m.Points) != len(s.Points) || len(m.Points) < 30 {
		t.Errorf("%d points merged from two copies of %d", len(m.Points), len(s.Points))
	}
}
