package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// A workshop in the window: three participants' training copies (own
// points, the same point edited three ways, one kiosk mapped twice, a
// clean edit) come in from a USB folder in one step through the merge
// dialog; the report has a line per participant; the review count goes
// to 0 through the info panel's buttons; the training khoroo resets in
// one click, keeping a backup.
func TestWorkshopInTheWindow(t *testing.T) {
	ui := newTestUI(t, 1)
	if !strings.HasPrefix(ui.win.Title(), "Training sample: ") {
		t.Errorf("the training project's title: %q", ui.win.Title())
	}
	sample := len(ui.ws.Annotations().Points)
	usb := t.TempDir()
	for i, who := range []string{"Болд", "Сараа", "Дорж"} {
		participantCopy(t, usb, who, func(s *annot.Set) []annot.Change {
			cs := []annot.Change{
				newPoint(who, "school", who+"-ын сургууль", orb.Point{106.92 + float64(i)*0.002, 47.91}),
				noted(s.Points[1], who+" засав"),
			}
			if i < 2 {
				cs = append(cs, newPoint(who, "water_kiosk", "", orb.Point{106.9300 + float64(i)*0.00003, 47.9200}))
			} else {
				cs = append(cs, noted(s.Points[2], "Дорж шалгав"))
			}
			return cs
		})
	}
	d := ui.showMerge()
	if err := d.addFolder(usb); err != nil || len(d.files) != 3 {
		t.Fatalf("the folder gave %d files: %v", len(d.files), err)
	}
	test.Tap(d.merge)
	report := renderedText(ui.win.Canvas().Overlays().Top())
	for _, want := range []string{"3 copies merged; 4 annotations to review in all", "Болд (Болд): 2 added, 1 updated, 0 deleted; conflicts or likely duplicates: 0", "Дорж (Дорж): 1 added, 1 updated, 0 deleted; conflicts or likely duplicates: 1", "Сараа (Сараа): 1 added, 0 updated, 0 deleted; conflicts or likely duplicates: 2", "• Water kiosk or well (Болд)"} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, "water_kiosk") {
		t.Errorf("the report names a category by its ID:\n%s", report)
	}
	tapButton(t, ui, "Close")
	if !ui.list.review.Checked || len(ui.list.shown) != len(ui.ws.Annotations().NeedsReview()) {
		t.Errorf("after the report the list shows %d rows, not those to review", len(ui.list.shown))
	}
	for _, e := range ui.list.shown {
		if !strings.HasPrefix(e.detail, "Болд · ") && !strings.HasPrefix(e.detail, "Сараа · ") && !strings.HasPrefix(e.detail, "Дорж · ") {
			t.Errorf("a row to review does not say whose version it is: %q", e.detail)
		}
	}
	if n := len(ui.ws.Annotations().NeedsReview()); n == 0 {
		t.Fatal("nothing to review after overlapping edits")
	}
	taps := 0
	for ids := ui.ws.Annotations().NeedsReview(); len(ids) > 0 && taps < 10; ids = ui.ws.Annotations().NeedsReview() {
		ui.selectAnnotation(ids[0])
		test.Tap(ui.info.review.Objects[1].(interface{ Tapped(*fyne.PointEvent) }))
		taps++
	}
	if n := len(stored(t, ui).NeedsReview()); n != 0 || taps != 2 || ui.list.toReview.Text != "Nothing to review" {
		t.Errorf("after %d taps %d left to review, the list says %q", taps, n, ui.list.toReview.Text)
	}
	if got := len(ui.ws.Annotations().Points); got != sample+3+1 {
		t.Errorf("%d points after review, want the sample's %d, 3 schools and 1 kiosk", got, sample)
	}
	ui.confirmResetTraining()
	tapButton(t, ui, "Yes")
	if got := len(ui.ws.Annotations().Points); got != sample || ui.info.title.Text != "Nothing selected" {
		t.Errorf("%d points after the reset, want %d; the panel shows %q", got, sample, ui.info.title.Text)
	}
	backups, _ := filepath.Glob(filepath.Join(filepath.Dir(ui.ws.Project().Path()), "training-backup-*.gpkg"))
	if len(backups) != 1 {
		t.Errorf("backups: %q", backups)
	} else if _, err := os.Stat(backups[0]); err != nil {
		t.Error(err)
	}
}
