package app

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// twoCopiesMerged merges two participants' training copies: both changed
// the first sample point's notes (a conflict) and both added a water
// kiosk 3 m apart (a likely duplicate).
func twoCopiesMerged(t *testing.T) (path, kiosk string) {
	dir := t.TempDir()
	var first string
	a := participantCopy(t, dir, "Болд", func(s *annot.Set) []annot.Change {
		first = s.Points[0].ID
		return []annot.Change{noted(s.Points[0], "Болдын тэмдэглэл"), newPoint("Болд", "water_kiosk", "Худаг А", orb.Point{106.9300, 47.9200})}
	})
	b := participantCopy(t, dir, "Сараа", func(s *annot.Set) []annot.Change {
		return []annot.Change{noted(s.Points[0], "Сарааны тэмдэглэл"), newPoint("Сараа", "water_kiosk", "", orb.Point{106.93003, 47.92001})}
	})
	path = filepath.Join(dir, "merged.gpkg")
	if _, err := store.MergeFiles(path, []string{a, b}); err != nil {
		t.Fatal(err)
	}
	return path, first
}

// The info panel offers the decisions a reason allows, worded in the
// window's language; each is one edit, undone with Ctrl+Z; the
// Annotations tab counts what is left and marks the rest reviewed after
// asking.
func TestReviewInInfoPanel(t *testing.T) {
	path, first := twoCopiesMerged(t)
	ui := newTestUIOn(t, path)
	s := ui.ws.Annotations()
	if n := len(s.NeedsReview()); n != 3 || ui.list.toReview.Text != "3 to review" {
		t.Fatalf("%d marked, the list says %q; want 3", n, ui.list.toReview.Text)
	}
	// the conflict: the newer version keeps the ID, the other is beside it
	ui.selectAnnotation(first)
	panel := ui.info.content()
	for _, b := range []string{"Keep this one", "Keep the other", "Keep both"} {
		if buttonIn(panel, b) == nil {
			t.Errorf("no %q on a conflict", b)
		}
	}
	if !strings.Contains(renderedText(panel), "Two copies changed it differently") {
		t.Errorf("no reason shown: %q", renderedText(panel))
	}
	points := len(s.Points)
	tapIn(t, panel, "Keep this one")
	if len(ui.ws.Annotations().Points) != points-1 || len(ui.ws.Annotations().NeedsReview()) != 1 {
		t.Fatalf("keep this one: %d points, %d to review", len(ui.ws.Annotations().Points), len(ui.ws.Annotations().NeedsReview()))
	}
	if len(stored(t, ui).NeedsReview()) != 1 {
		t.Error("the decision was not saved")
	}
	ui.undo()
	if len(ui.ws.Annotations().Points) != points || len(ui.ws.Annotations().NeedsReview()) != 3 {
		t.Fatalf("undo: %d points, %d to review", len(ui.ws.Annotations().Points), len(ui.ws.Annotations().NeedsReview()))
	}
	// the duplicate: merged into the first kiosk, whose empty fields it fills
	dup := duplicateOf(t, ui.ws.Annotations())
	ui.selectAnnotation(dup)
	if text := renderedText(panel); !strings.Contains(text, "Likely duplicate of “Худаг А”") {
		t.Errorf("the reason does not name the other kiosk: %q", text)
	}
	tapIn(t, panel, "They are the same (merge them)")
	if _, ok := ui.ws.Annotations().Point(dup); ok || ui.info.title.Text != "Худаг А" {
		t.Errorf("same: the duplicate stays, the panel shows %q", ui.info.title.Text)
	}
	// the rest at once, after a question with the count
	tapIn(t, ui.list.content(), "Mark all reviewed…")
	if text := renderedText(ui.win.Canvas().Overlays().Top()); !strings.Contains(text, "Mark all 2 reviewed") {
		t.Errorf("the question says %q", text)
	}
	tapButton(t, ui, "Yes")
	if n := len(stored(t, ui).NeedsReview()); n != 0 || ui.list.toReview.Text != "Nothing to review" || buttonIn(ui.list.content(), "Mark all reviewed…") != nil {
		t.Errorf("after marking all: %d in the file, the list says %q", n, ui.list.toReview.Text)
	}
}

// duplicateOf finds the annotation marked as a likely duplicate.
func duplicateOf(t *testing.T, s *annot.Set) string {
	t.Helper()
	for _, id := range s.NeedsReview() {
		if m, _ := metaOf(s, id); annot.ParseReason(m.Review).Code == annot.Duplicate {
			return id
		}
	}
	t.Fatal("no likely duplicate")
	return ""
}
