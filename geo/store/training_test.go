package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Resetting the training khoroo keeps the edited copy as a dated backup
// and writes a fresh one; a real project is refused, untouched.
func TestResetSample(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "training.gpkg")
	must(t, CreateSample(path))
	p := newProjectAt(t, path)
	s, err := p.Load()
	must(t, err)
	must(t, p.Apply(annot.Change{OldPoint: &s.Points[0]}))
	p.Close()

	at := time.Date(2026, 11, 30, 14, 5, 0, 0, time.UTC)
	backup, err := ResetSample(path, at)
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
	if again, _ := ResetSample(path, at); filepath.Base(again) != "training-backup-2026-11-30-1405-2.gpkg" {
		t.Errorf("a second backup in the same minute: %s", again)
	}

	real := newProjectAt(t, filepath.Join(dir, "khoroo.gpkg"))
	real.Close()
	before, _ := os.ReadFile(real.Path())
	if _, err := ResetSample(real.Path(), at); err == nil || !strings.Contains(err.Error(), "not the training project") {
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
	p := newProject(t)
	if ok, err := p.IsTraining(); ok || err != nil {
		t.Fatalf("a new project: %v %v", ok, err)
	}
	must(t, p.SetSetting(SettingTitle, sampleTitle))
	if ok, err := p.IsTraining(); !ok || err != nil {
		t.Errorf("an old training project: %v %v", ok, err)
	}
	must(t, p.SetSetting(SettingTraining, "0"))
	if ok, _ := p.IsTraining(); ok {
		t.Error("marked as no training project, but called one")
	}
}
