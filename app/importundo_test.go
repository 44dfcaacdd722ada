package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Each import from the window is one step Ctrl+Z undoes, and the edits
// before it stay undoable: a gap point is added, then photos (twice: the
// second brings nothing new and is no step), points from a GeoJSON file
// and a phone form's export. Undo takes them back one by one, in the
// file too, then the gap point; then the status bar says there is
// nothing to undo. Redo brings the gap point back.
func TestImportsAreUndoneOneByOne(t *testing.T) {
	ui := newTestUI(t, 1)
	start := counts(ui.ws.Annotations())
	gap := annot.Gap{Meta: annot.NewMeta("", now()), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open, Geometry: orb.Point{106.92, 47.955}}
	if !ui.edit(annot.Change{NewGap: &gap}) {
		t.Fatal("the gap point was not added")
	}
	photos := walkPhotos(t)
	for range 2 {
		pi := ui.newPhotoImporter()
		pi.show()
		pi.run([]string{photos})
		<-pi.done
	}
	ui.ImportPoints(writeTemp(t, "points.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Худаг"},"geometry":{"type":"Point","coordinates":[106.921,47.956]}}]}`))
	fi := openFormDialog(t, ui, koboExport(t))
	test.Tap(fi.importBtn)
	<-fi.done
	steps := []struct {
		name string
		want [2]int // points and gaps more than at the start
	}{
		{"the imports", [2]int{2 + 1 + 2, 1}},
		{"undo the phone form", [2]int{2 + 1, 1}},
		{"undo the GeoJSON file", [2]int{2, 1}},
		{"undo the photos", [2]int{0, 1}},
		{"undo the gap point", [2]int{0, 0}},
	}
	for i, s := range steps {
		if i > 0 {
			ui.undo()
		}
		if i == 1 && ui.status.Text != "Undone: import of «kobo.csv» (2 changes)" {
			t.Errorf("status %q after undoing the phone form", ui.status.Text)
		}
		want := [2]int{start[0] + s.want[0], start[1] + s.want[1]}
		onDisk, err := ui.ws.Project().Load()
		if got := counts(ui.ws.Annotations()); got != want || err != nil || counts(onDisk) != want {
			t.Errorf("%s: %v points and gaps in the window, %v in the file (%v), want %v", s.name, got, counts(onDisk), err, want)
		}
	}
	ui.undo()
	if got := ui.status.Text; got != "Nothing to undo" {
		t.Errorf("status %q after undoing everything", got)
	}
	ui.redo()
	if got := counts(ui.ws.Annotations()); got != [2]int{start[0], start[1] + 1} {
		t.Errorf("redo: %v points and gaps", got)
	}
}

// counts is how many service points and gaps s holds.
func counts(s *annot.Set) [2]int { return [2]int{len(s.Points), len(s.Gaps)} }

// After a sync with the office (which starts the history anew), Ctrl+Z
// says why there is nothing to undo, once the edits made since are undone;
// after opening a project it says only that there is nothing.
func TestNothingToUndoSaysWhy(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.undo()
	if got := ui.status.Text; got != "Nothing to undo" {
		t.Errorf("after opening: %q", got)
	}
	ui.ws.Replace(ui.ws.Snapshot()) // as the sync dialog does with what it pulled
	gap := annot.Gap{Meta: annot.NewMeta("", now()), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open, Geometry: orb.Point{106.92, 47.955}}
	ui.edit(annot.Change{NewGap: &gap})
	ui.undo()
	if got := ui.status.Text; got != "Undone: add gap «Flooding»" {
		t.Errorf("the edit after the sync: %q", got)
	}
	ui.undo()
	if got := ui.status.Text; got != "Nothing to undo: a sync with the office database cannot be undone, nor what came before it" {
		t.Errorf("before the edit, the sync: %q", got)
	}
}
