package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
	"github.com/khoroomap/khoroomap/geo/words"
)

// After a merge in the Mongolian window, its report and the info panel
// of a point flagged as a likely duplicate show no English; nor does the
// coverage panel with results.
func TestNoEnglishAfterMergeAndCoverage(t *testing.T) {
	dir := t.TempDir()
	mine, theirs := filepath.Join(dir, "миний.gpkg"), filepath.Join(dir, "тэдний.gpkg")
	if err := training.Create(mine); err != nil {
		t.Fatal(err)
	}
	p, err := store.Open(mine)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.SaveAs(theirs); err != nil {
		t.Fatal(err)
	}
	s, _ := p.Load()
	kiosk := s.Points[0]
	changed := kiosk
	changed.Notes = "засварласан"
	twin := annot.Point{Meta: annot.NewMeta("Бат", now()), Category: kiosk.Category, Name: "Давхар худаг", Status: annot.Working, Location: kiosk.Location}
	for _, c := range []annot.Change{annot.Touch(annot.Change{OldPoint: &kiosk, NewPoint: &changed}, "Бат", now()), {NewPoint: &twin}} {
		if err := p.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	p.Close()

	a := test.NewTempApp(t)
	prefsOf(a).SetString(prefLanguage, "mn")
	defer useLanguage(words.EN)
	ui := testUIOf(t, a, 1, []string{mine})
	ui.MergeFrom(theirs)
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no merge report")
	}
	latinIn(t, ui, "the merge report")
	cancelTop(ui.win.Canvas())
	m, ok := ui.ws.Annotations().Point(twin.ID)
	if !ok || m.Review == "" {
		t.Fatalf("the twin was not flagged for review: %+v", m.Meta)
	}
	ui.selectAnnotation(twin.ID)
	latinIn(t, ui, "the info panel of a likely duplicate")
	want := annot.ParseReason(m.Review).Text(string(words.MN), nil)
	if shown := strings.Join(shownTexts(ui.win.Content()), " "); !strings.Contains(shown, want) {
		t.Errorf("the info panel does not show the review %q", want)
	}
	ui.cover.category.SetSelectedIndex(0)
	ui.cover.compute()
	if len(ui.cover.results) == 0 {
		t.Fatal("no coverage results")
	}
	latinIn(t, ui, "the coverage panel with results")
}
