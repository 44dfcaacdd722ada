package store

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// A copy for the trainer holds the project as it is; later edits go to
// the project, not the copy; the project's own file is refused.
func TestSaveCopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "training.gpkg")
	must(t, Create(path))
	p := newProjectAt(t, path)
	defer p.Close()
	kiosk := annot.Point{Meta: annot.NewMeta("Болд", time.Now()), Category: "water_kiosk", Name: "Худаг", Status: annot.Working, Location: orb.Point{106.93, 47.92}}
	must(t, p.Apply(annot.Change{NewPoint: &kiosk}))
	s, err := p.Load()
	must(t, err)
	cp := filepath.Join(dir, "training-Болд-2026-11-30.gpkg")
	must(t, p.SaveCopy(cp))
	must(t, p.Apply(annot.Change{OldPoint: &s.Points[0]}))
	if p.Path() != path {
		t.Errorf("the project moved to %s", p.Path())
	}
	c := newProjectAt(t, cp)
	defer c.Close()
	got, err := c.Load()
	must(t, err)
	if len(got.Points) != len(s.Points) {
		t.Errorf("the copy has %d points, want %d (the later deletion stays out)", len(got.Points), len(s.Points))
	}
	if err := p.SaveCopy(path); err == nil || !strings.Contains(err.Error(), "open project itself") {
		t.Errorf("a copy over the project itself: %v", err)
	}
}
