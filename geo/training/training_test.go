package training

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// t0 is when test edits are made.
var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func newProjectAt(t *testing.T, path string) *store.Project {
	t.Helper()
	p, err := store.Open(path)
	must(t, err)
	return p
}

func TestCreate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "training.gpkg")
	must(t, Create(path))
	p := newProjectAt(t, path)
	defer p.Close()
	layers, err := p.Layers()
	must(t, err)
	s, err := p.Load()
	must(t, err)
	if len(layers) != 3 || len(s.Points) != 36 {
		t.Fatalf("%d layers, %d points", len(layers), len(s.Points))
	}
	roles := []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea}
	for i, l := range layers {
		if l.Role != roles[i] {
			t.Errorf("layer %s is a %v", l.Table, l.Role)
		}
	}
	placed, cats := 0, map[string]bool{}
	for _, pt := range s.Points {
		if pt.Khoroo != "" && pt.Kheseg != "" {
			placed++
		}
		cats[pt.Category] = true
	}
	if placed < 34 || len(cats) != 16 || cats["other"] {
		t.Errorf("%d points placed in a khoroo and kheseg; %d categories: %v", placed, len(cats), cats)
	}
}

// Two laptops create the training project apart: the same IDs and
// revisions, so their copies merge with nothing to review, and only a real
// edit comes across.
func TestTrainingCopiesMergeClean(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.gpkg"), filepath.Join(dir, "b.gpkg")
	must(t, Create(a))
	must(t, Create(b))
	pb := newProjectAt(t, b)
	s, err := pb.Load()
	must(t, err)
	old := s.Points[0]
	q := old
	q.Status = annot.Closed
	must(t, pb.Apply(annot.Touch(annot.Change{OldPoint: &old, NewPoint: &q}, "B", t0)))
	pb.Close()

	sum, err := store.MergeFiles(filepath.Join(dir, "m.gpkg"), []string{a, b})
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

// Resetting the training khoroo keeps the edited copy as a dated backup
// and writes a fresh one; a real project is refused, untouched.
func TestReset(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "training.gpkg")
	must(t, Create(path))
	p := newProjectAt(t, path)
	s, err := p.Load()
	must(t, err)
	must(t, p.Apply(annot.Change{OldPoint: &s.Points[0]}))
	p.Close()

	at := time.Date(2026, 11, 30, 14, 5, 0, 0, time.UTC)
	backup, err := Reset(path, at)
	must(t, err)
	if filepath.Base(backup) != "training-backup-2026-11-30-1405.gpkg" {
		t.Errorf("backup %s", backup)
	}
	count := func(path string) int {
		p := newProjectAt(t, path)
		defer p.Close()
		s, err := p.Load()
		must(t, err)
		return len(s.Points)
	}
	if fresh, old := count(path), count(backup); fresh != len(s.Points) || old != len(s.Points)-1 {
		t.Errorf("fresh %d points, backup %d, sample %d", fresh, old, len(s.Points))
	}
	if again, _ := Reset(path, at); filepath.Base(again) != "training-backup-2026-11-30-1405-2.gpkg" {
		t.Errorf("a second backup in the same minute: %s", again)
	}

	real := newProjectAt(t, filepath.Join(dir, "khoroo.gpkg"))
	real.Close()
	before, _ := os.ReadFile(real.Path())
	if _, err := Reset(real.Path(), at); err == nil || !strings.Contains(err.Error(), "not the training project") {
		t.Errorf("resetting a real project: %v", err)
	}
	if after, _ := os.ReadFile(real.Path()); string(before) != string(after) {
		t.Error("a refused reset changed the project")
	}
}

func TestParticipantCopyName(t *testing.T) {
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"Д. Ганбаатар":   "training-Д._Ганбаатар-2026-11-30.gpkg",
		`a/b\c:d*e?"<>|`: "training-a_b_c_d_e-2026-11-30.gpkg",
		"  ":             "training-participant-2026-11-30.gpkg",
		"..":             "training-participant-2026-11-30.gpkg",
		"Болд\x1b[31m":   "training-Болд_[31m-2026-11-30.gpkg",
	} {
		if got := ParticipantCopyName(in, day); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	if long := ParticipantCopyName(strings.Repeat("Ө", 100), day); len(long) > 100 || !strings.HasSuffix(long, "-2026-11-30.gpkg") {
		t.Errorf("a long name: %q", long)
	}
}

// A training project written before the marker is known by its title.
func TestIsTrainingOldProject(t *testing.T) {
	p := newProjectAt(t, filepath.Join(t.TempDir(), "p.gpkg"))
	if ok, err := Is(p); ok || err != nil {
		t.Fatalf("a new project: %v %v", ok, err)
	}
	must(t, p.SetSetting(store.SettingTitle, title))
	if ok, err := Is(p); !ok || err != nil {
		t.Errorf("an old training project: %v %v", ok, err)
	}
	must(t, p.SetSetting(SettingTraining, "0"))
	if ok, _ := Is(p); ok {
		t.Error("marked as no training project, but called one")
	}
}
