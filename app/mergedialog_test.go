package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// A folder of copies with one that is not a project (a half-copied file
// on the USB stick): the good copy is merged and the report names the
// broken file. Hidden files, backups and the open project itself are
// never taken from a folder.
func TestMergeFolderWithBrokenCopy(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Points)
	usb := t.TempDir()
	participantCopy(t, usb, "Болд", func(s *annot.Set) []annot.Change { return []annot.Change{noted(s.Points[0], "Болд")} })
	os.WriteFile(filepath.Join(usb, "Сараа.gpkg"), []byte("SQLite format 3\x00 half copied"), 0o644)
	os.WriteFile(filepath.Join(usb, ".Дорж.gpkg.merged.gpkg"), nil, 0o644)
	os.WriteFile(filepath.Join(usb, "training-backup-2026-11-30-1405.gpkg"), nil, 0o644)
	d := ui.showMerge()
	if err := d.addFolder(usb); err != nil || len(d.files) != 2 {
		t.Fatalf("took %q: %v", d.files, err)
	}
	d.add(ui.ws.Project().Path())
	if len(d.files) != 2 {
		t.Errorf("the open project was taken to merge into itself: %q", d.files)
	}
	test.Tap(d.merge)
	text := renderedText(ui.win.Canvas().Overlays().Top())
	if !strings.Contains(text, "Сараа.gpkg") || !strings.Contains(text, "could not be read") || strings.Contains(text, "another Khoroo Map window") {
		t.Errorf("the report does not name the broken file: %q", text)
	}
	if got := len(ui.ws.Annotations().Points); got != before || ui.ws.Project() == nil {
		t.Errorf("%d points after the merge, want %d", got, before)
	}
	if p, _ := ui.ws.Annotations().Point(ui.ws.Annotations().Points[0].ID); p.Notes != "Болд" {
		t.Error("the good copy was not merged beside the broken one")
	}
	if err := d.addFolder(t.TempDir()); err == nil {
		t.Error("an empty folder is not said to be empty")
	}
}
