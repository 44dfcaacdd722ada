package app

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// strangerCopies writes four copies into dir that no merge may read: a
// stranger's trigger, a recursive view, a half-copied file and one that
// is only a name (a dangling link).
func strangerCopies(t *testing.T, dir string) []string {
	t.Helper()
	craft := func(name string, stmts ...string) {
		path := participantCopy(t, dir, name, func(*annot.Set) []annot.Change { return nil })
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, s := range stmts {
			if _, err := db.Exec(s); err != nil {
				t.Fatal(err)
			}
		}
	}
	craft("trigger", `CREATE TRIGGER spin AFTER INSERT ON service_points BEGIN DELETE FROM categories; END`)
	craft("view", `DROP TABLE service_points`, `CREATE VIEW service_points AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS fid FROM r`)
	os.WriteFile(filepath.Join(dir, "half.gpkg"), []byte("SQLite format 3\x00 half copied"), 0o644)
	os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "gone.gpkg"))
	return []string{"trigger.gpkg", "view.gpkg", "half.gpkg", "gone.gpkg"}
}

func namesAll(text string, names []string) bool {
	for _, n := range names {
		if !strings.Contains(text, n) {
			return false
		}
	}
	return true
}

// A stick of four copies no merge may read and two good ones: every
// refused copy is named with its reason in the report, the good ones are
// merged, and each copy's line names its leader, the open project's
// first, though the copy of it brought nothing. A stick of bad copies
// only merges nothing and names all four in one dialog.
func TestMergeFolderNamesEveryRefused(t *testing.T) {
	dir := t.TempDir()
	own := participantCopy(t, dir, "Leader 1", func(s *annot.Set) []annot.Change { return []annot.Change{noted(s.Points[1], "Leader 1")} })
	ui := newTestUIOn(t, own)
	usb := t.TempDir()
	bad := strangerCopies(t, usb)
	data, _ := os.ReadFile(own)
	os.WriteFile(filepath.Join(usb, "lap1.gpkg"), data, 0o644)
	participantCopy(t, usb, "Болд", func(s *annot.Set) []annot.Change { return []annot.Change{noted(s.Points[0], "Болд")} })
	d := ui.showMerge()
	if err := d.addFolder(usb); err != nil || len(d.files) != 6 {
		t.Fatalf("took %q: %v", d.files, err)
	}
	test.Tap(d.merge)
	text := renderedText(ui.win.Canvas().Overlays().Top())
	if !namesAll(text, bad) || !strings.Contains(text, "could not be read") {
		t.Errorf("the report does not name every refused copy:\n%s", text)
	}
	for _, line := range []string{"Leader 1 (Leader 1): the open project", "Leader 1 (lap1): 0 added", "Болд (Болд): 0 added, 1 updated"} {
		if !strings.Contains(text, line) {
			t.Errorf("no line %q:\n%s", line, text)
		}
	}
	if p := ui.ws.Annotations().Points[0]; p.Notes != "Болд" {
		t.Errorf("the good copy was not merged: %q", p.Notes)
	}

	ui.win.Canvas().Overlays().Top().Hide()
	before := len(ui.ws.Annotations().Points)
	d = ui.showMerge()
	for _, n := range bad {
		d.add(filepath.Join(usb, n))
	}
	test.Tap(d.merge)
	text = renderedText(ui.win.Canvas().Overlays().Top())
	if !namesAll(text, bad) || !strings.Contains(text, "Nothing was merged") {
		t.Errorf("the dialog does not name every refused copy:\n%s", text)
	}
	if len(ui.ws.Annotations().Points) != before || ui.ws.Project() == nil {
		t.Error("a merge of nothing changed the project")
	}
}

// A folder's copies are taken in the order people count: lap2 before
// lap10.
func TestMergeFolderNaturalOrder(t *testing.T) {
	ui := newTestUI(t, 1)
	usb := t.TempDir()
	for _, n := range []string{"lap10", "lap2", "lap1", "lap11"} {
		os.WriteFile(filepath.Join(usb, n+".gpkg"), nil, 0o644)
	}
	d := ui.showMerge()
	if err := d.addFolder(usb); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range d.files {
		got = append(got, strings.TrimSuffix(filepath.Base(f), ".gpkg"))
	}
	if strings.Join(got, " ") != "lap1 lap2 lap10 lap11" {
		t.Errorf("order %q", got)
	}
}
