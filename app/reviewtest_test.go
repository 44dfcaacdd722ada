package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
)

// participantCopy writes a fresh training project at dir/name.gpkg, as a
// participant's laptop does, and makes the edits edits returns, as who.
func participantCopy(t *testing.T, dir, who string, edits func(s *annot.Set) []annot.Change) string {
	t.Helper()
	path := filepath.Join(dir, who+".gpkg")
	if err := training.Create(path); err != nil {
		t.Fatal(err)
	}
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range edits(s) {
		if err := p.Apply(annot.Touch(c, who, now())); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// newPoint is a new service point of category cat at ll, by who.
func newPoint(who, cat, name string, ll orb.Point) annot.Change {
	return annot.Change{NewPoint: &annot.Point{Meta: annot.NewMeta(who, now()), Category: cat, Name: name, Status: annot.Working, RecordedBy: who, Location: ll}}
}

// noted is the change of point p's notes.
func noted(p annot.Point, notes string) annot.Change {
	n := p
	n.Notes = notes
	return annot.Change{OldPoint: &p, NewPoint: &n}
}

// buttonIn finds the button labelled text in o, or nil.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
		return b
	}
	var kids []fyne.CanvasObject
	if c, ok := o.(*fyne.Container); ok {
		kids = c.Objects
	} else if w, ok := o.(fyne.Widget); ok {
		kids = test.WidgetRenderer(w).Objects()
	}
	for _, k := range kids {
		if b := buttonIn(k, text); b != nil {
			return b
		}
	}
	return nil
}

// tapIn taps the button labelled text in o.
func tapIn(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	b := buttonIn(o, text)
	if b == nil {
		t.Fatalf("no %q button", text)
	}
	test.Tap(b)
}
