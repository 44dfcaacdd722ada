package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

// Two leaders get the trainer's file, edit it apart, and the khoroo
// officer merges their files on one laptop.
func TestMergeFiles(t *testing.T) {
	dir := t.TempDir()
	base := newProjectAt(t, filepath.Join(dir, "trainer.gpkg"))
	f := assets.Sample()[0]
	khoroo, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
	must(t, err)
	_, err = base.AddLayer(khoroo, geo.RoleKhoroo)
	must(t, err)
	kiosk := samplePoint("kiosk", orb.Point{106.92, 47.95})
	must(t, base.Apply(annot.Change{NewPoint: &kiosk}))
	a, b := filepath.Join(dir, "leader-a.gpkg"), filepath.Join(dir, "leader-b.gpkg")
	must(t, base.copyTo(a))
	must(t, base.copyTo(b))
	base.Close()

	edit := func(path, who string, h int, f func(*Project, *annot.Set)) {
		p := newProjectAt(t, path)
		defer p.Close()
		s, err := p.Load()
		must(t, err)
		f(p, s)
	}
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	edit(a, "A", 1, func(p *Project, s *annot.Set) {
		old := s.Points[0]
		q := old
		q.Status = annot.Working
		must(t, p.Apply(annot.Touch(annot.Change{OldPoint: &old, NewPoint: &q}, "A", at(1))))
		well := samplePoint("A's well", orb.Point{106.93, 47.96})
		must(t, p.Apply(annot.Change{NewPoint: &well}))
	})
	edit(b, "B", 2, func(p *Project, s *annot.Set) {
		old := s.Points[0]
		q := old
		q.Status = annot.Closed
		must(t, p.Apply(annot.Touch(annot.Change{OldPoint: &old, NewPoint: &q}, "B", at(2))))
		well := samplePoint("B's well", orb.Point{106.93003, 47.96003}) // 4 m from A's
		must(t, p.Apply(annot.Change{NewPoint: &well}))
		g := sampleGap(true)
		must(t, p.Apply(annot.Change{NewGap: &g}))
		sf := assets.Sample()[1]
		kheseg, err := load.Read(sf.Name, bytes.NewReader(sf.Data), load.Options{})
		must(t, err)
		_, err = p.AddLayer(kheseg, geo.RoleKheseg)
		must(t, err)
	})
	before, _ := os.ReadFile(a)

	out := filepath.Join(dir, "merged.gpkg")
	rep, err := Merge(out, []string{a, b})
	must(t, err)
	if len(rep.Added) != 1 || len(rep.Conflicts) != 1 || len(rep.Duplicates) != 1 || len(rep.Updated) != 0 {
		t.Fatalf("report:\n%s", rep)
	}
	m := newProjectAt(t, out)
	defer m.Close()
	s, err := m.Load()
	must(t, err)
	if len(s.Points) != 4 || len(s.Gaps) != 1 { // kiosk twice (conflict), both wells
		t.Errorf("merged: %d points, %d gaps", len(s.Points), len(s.Gaps))
	}
	kept, ok := s.Point(kiosk.ID)
	if !ok || kept.Status != annot.Closed || kept.Review == "" {
		t.Errorf("the kiosk under its ID should be B's later edit, marked: %+v", kept)
	}
	layers, err := m.Layers()
	must(t, err)
	if len(layers) != 2 {
		t.Errorf("%d layers in the merged file, want 2", len(layers))
	}
	if after, _ := os.ReadFile(a); !bytes.Equal(before, after) {
		t.Error("merging changed an input")
	}
	if _, err := Merge(a, []string{a, b}); err == nil {
		t.Error("merging into an input was accepted")
	}
	if _, err := Merge(out, []string{a, filepath.Join(dir, "missing.gpkg")}); err == nil {
		t.Error("a missing input was accepted")
	}
}
