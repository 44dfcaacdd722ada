package workspace

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

func openTemp(t testing.TB) (*Workspace, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "p.gpkg")
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	w := &Workspace{Now: func() time.Time { return time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC) }}
	w.Open(p, s)
	t.Cleanup(func() { w.Close() })
	return w, path
}

// An edit is on disk and in memory, stamped; undo and redo are edits too.
func TestEditUndoRedo(t *testing.T) {
	w, path := openTemp(t)
	pt := annot.Point{Meta: annot.NewMeta("", w.now()), Category: "school", Name: "Сургууль", Status: annot.Working, Location: orb.Point{106.92, 47.92}}
	made, err := w.Edit(annot.Change{NewPoint: &pt}, "Бат")
	if err != nil {
		t.Fatal(err)
	}
	if made.NewPoint.Author != "Бат" || len(w.Annotations().Points) != 1 {
		t.Errorf("edit made %+v; %d points in memory", made.NewPoint.Meta, len(w.Annotations().Points))
	}
	onDisk := func() int { return len(loadFile(t, path).Points) }
	if n := onDisk(); n != 1 {
		t.Errorf("%d points on disk after the edit", n)
	}
	if _, ok, err := w.Undo("Бат"); !ok || err != nil || len(w.Annotations().Points) != 0 || onDisk() != 0 {
		t.Errorf("undo: ok %v, err %v, %d points", ok, err, len(w.Annotations().Points))
	}
	if _, ok, err := w.Redo("Бат"); !ok || err != nil || len(w.Annotations().Points) != 1 || onDisk() != 1 {
		t.Errorf("redo: ok %v, err %v, %d points", ok, err, len(w.Annotations().Points))
	}
	if _, ok, _ := w.Redo("Бат"); ok {
		t.Error("a second redo with nothing left")
	}
}

// Without a project nothing is edited, and the error says so.
func TestEditWithoutProject(t *testing.T) {
	var w Workspace
	pt := annot.Point{Meta: annot.NewMeta("", time.Now()), Category: "school", Status: annot.Working}
	if _, err := w.Edit(annot.Change{NewPoint: &pt}, ""); !errors.Is(err, ErrNoProject) {
		t.Errorf("error %v, want ErrNoProject", err)
	}
	if _, ok, err := w.Undo(""); ok || err != nil {
		t.Errorf("undo with nothing open: %v, %v", ok, err)
	}
	if w.Close() != nil || w.Snapshot() != nil {
		t.Error("closing an empty workspace")
	}
}
